namespace Transparency.Generator.Model.Complaints;

/// <summary>The complaints of one type, channel and category received in one month, and where they stand.</summary>
internal sealed class ComplaintRow : Data.IDataRow
{
    public const string Dataset = "complaints";

    /// <summary>The first day of the month the complaints were received.</summary>
    public DateOnly Month { get; set; }

    /// <summary>corruption or general.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The channel's code; empty on a row that states a month had none.</summary>
    public string Channel { get; set; } = string.Empty;

    /// <summary>The category's code; empty on a row that states a month had none.</summary>
    public string Category { get; set; } = string.Empty;

    public int Received { get; set; }

    public int Completed { get; set; }

    public int InProgress { get; set; }

    public int Line { get; set; }
}
