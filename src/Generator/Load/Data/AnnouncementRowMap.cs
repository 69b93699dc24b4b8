using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of the procurement announcements, headed as in <c>Schemas/procurement-announcements.yaml</c>.</summary>
internal sealed class AnnouncementRowMap : DatasetMap<AnnouncementRow>
{
    public AnnouncementRowMap()
        : base(AnnouncementRow.Dataset)
    {
        Column(r => r.Number, "number");
        Column(r => r.Date, "date");
        Column(r => r.Kind, "kind");
        Column(r => r.Title, "title");
        Column(r => r.TitleEnglish, "title_en");
        Column(r => r.Method, "method");
        Column(r => r.Amount, "amount");
        Column(r => r.Result, "result");
        Column(r => r.Document, "document");
    }
}
