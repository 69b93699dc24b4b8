namespace Transparency.Generator.Model.Services;

/// <summary>How many requests one service handled in one month.</summary>
internal sealed class ServiceCountRow : Data.IDataRow
{
    public const string Dataset = "service-statistics";

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>The service's code in the schema, such as land-tax.</summary>
    public string Service { get; set; } = string.Empty;

    public int Count { get; set; }

    public int Line { get; set; }
}
