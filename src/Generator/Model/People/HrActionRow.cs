namespace Transparency.Generator.Model.People;

/// <summary>One action taken under the HR policy: when, what kind, which policy items it carries out and its result.</summary>
internal sealed class HrActionRow : Data.IDataRow
{
    public const string Dataset = "people-actions";

    public int Number { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The kind's code in the schema, such as <c>training</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string TitleEnglish { get; set; } = string.Empty;

    /// <summary>The policy items as staff wrote them, such as "2.1, 2.2".</summary>
    public string Policy { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public int? Participants { get; set; }

    public string Result { get; set; } = string.Empty;

    public decimal? Cost { get; set; }

    public int Line { get; set; }
}
