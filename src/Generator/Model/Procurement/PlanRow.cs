namespace Transparency.Generator.Model.Procurement;

/// <summary>One item of the annual procurement plan, a row of <c>input/data/procurement/plan/YYYY.csv</c>.</summary>
internal sealed class PlanRow : Data.IDataRow
{
    public const string Dataset = "procurement-plan";

    public int Number { get; set; }

    public string Item { get; set; } = string.Empty;

    public string ItemEnglish { get; set; } = string.Empty;

    public decimal Budget { get; set; }

    public string Programme { get; set; } = string.Empty;

    /// <summary>The expense category's code, such as investment.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>The method's code: open, selective or limited.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>The first day of the month the procurement is planned to start.</summary>
    public DateOnly Month { get; set; }

    public string Unit { get; set; } = string.Empty;

    /// <summary>The number of the contract that carried the item out; empty until signed.</summary>
    public string Contract { get; set; } = string.Empty;

    public int Line { get; set; }
}
