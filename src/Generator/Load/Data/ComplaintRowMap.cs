using Transparency.Generator.Model.Complaints;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of the complaint statistics, headed as in <c>Schemas/complaints.yaml</c>.</summary>
internal sealed class ComplaintRowMap : DatasetMap<ComplaintRow>
{
    public ComplaintRowMap()
        : base(ComplaintRow.Dataset)
    {
        Column(r => r.Month, "month");
        Column(r => r.Type, "type");
        Column(r => r.Channel, "channel");
        Column(r => r.Category, "category");
        Column(r => r.Received, "received");
        Column(r => r.Completed, "completed");
        Column(r => r.InProgress, "in_progress");
    }
}
