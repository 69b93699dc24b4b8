namespace Transparency.Generator.Model.Budget;

/// <summary>One programme's budget in one expense category, with what was disbursed by mid-year and by year end.</summary>
internal sealed class BudgetRow : Data.IDataRow
{
    public const string Dataset = "budget";

    /// <summary>The programme's code in the schema, such as <c>education</c>.</summary>
    public string Programme { get; set; } = string.Empty;

    /// <summary>The expense category's code in the schema, such as <c>capital</c>.</summary>
    public string Category { get; set; } = string.Empty;

    public decimal Allocated { get; set; }

    /// <summary>Disbursed from 1 October to 31 March; null until the six-month accounts are closed.</summary>
    public decimal? DisbursedHalf { get; set; }

    /// <summary>Disbursed in the whole fiscal year; null until the year's accounts are closed.</summary>
    public decimal? DisbursedYear { get; set; }

    public decimal? CarriedOver { get; set; }

    public int Line { get; set; }
}
