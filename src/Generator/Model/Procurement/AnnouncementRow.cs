namespace Transparency.Generator.Model.Procurement;

/// <summary>One procurement announcement, a row of <c>input/data/procurement/announcements/YYYY.csv</c>.</summary>
internal sealed class AnnouncementRow : Data.IDataRow
{
    public const string Dataset = "procurement-announcements";

    public int Number { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The kind's code: plan, draft, invitation, reference_price, winner or cancellation.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string TitleEnglish { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public decimal? Amount { get; set; }

    public string Result { get; set; } = string.Empty;

    /// <summary>The signed announcement: a file below <c>input/</c> or an address in e-GP.</summary>
    public string Document { get; set; } = string.Empty;

    public int Line { get; set; }
}
