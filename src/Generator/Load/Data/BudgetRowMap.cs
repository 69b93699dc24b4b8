using Transparency.Generator.Model.Budget;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of a budget file, headed as in <c>Schemas/budget.yaml</c>.</summary>
internal sealed class BudgetRowMap : DatasetMap<BudgetRow>
{
    public BudgetRowMap()
        : base(BudgetRow.Dataset)
    {
        Column(r => r.Programme, "programme");
        Column(r => r.Category, "category");
        Column(r => r.Allocated, "allocated");
        Column(r => r.DisbursedHalf, "disbursed_half");
        Column(r => r.DisbursedYear, "disbursed_year");
        Column(r => r.CarriedOver, "carried_over");
    }
}
