namespace Transparency.Generator.Model.Services;

/// <summary>One result of a satisfaction survey: the share of respondents satisfied with one aspect of one service.</summary>
internal sealed class SatisfactionRow : Data.IDataRow
{
    public const string Dataset = "service-satisfaction";

    public string Service { get; set; } = string.Empty;

    public string ServiceEnglish { get; set; } = string.Empty;

    /// <summary>The aspect's code in the schema, such as staff.</summary>
    public string Aspect { get; set; } = string.Empty;

    public decimal Percent { get; set; }

    public int Respondents { get; set; }

    public int Line { get; set; }
}
