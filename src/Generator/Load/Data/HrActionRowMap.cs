using Transparency.Generator.Model.People;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of an HR actions file, headed as in <c>Schemas/people-actions.yaml</c>.</summary>
internal sealed class HrActionRowMap : DatasetMap<HrActionRow>
{
    public HrActionRowMap()
        : base(HrActionRow.Dataset)
    {
        Column(r => r.Number, "number");
        Column(r => r.Date, "date");
        Column(r => r.Kind, "kind");
        Column(r => r.Title, "title");
        Column(r => r.TitleEnglish, "title_en");
        Column(r => r.Policy, "policy");
        Column(r => r.Unit, "unit");
        Column(r => r.Participants, "participants");
        Column(r => r.Result, "result");
        Column(r => r.Cost, "cost");
    }
}
