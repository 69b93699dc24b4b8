using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of the procurement plan, headed as in <c>Schemas/procurement-plan.yaml</c>.</summary>
internal sealed class PlanRowMap : DatasetMap<PlanRow>
{
    public PlanRowMap()
        : base(PlanRow.Dataset)
    {
        Column(r => r.Number, "number");
        Column(r => r.Item, "item");
        Column(r => r.ItemEnglish, "item_en");
        Column(r => r.Budget, "budget");
        Column(r => r.Programme, "programme");
        Column(r => r.Category, "category");
        Column(r => r.Method, "method");
        Column(r => r.Month, "month");
        Column(r => r.Unit, "unit");
        Column(r => r.Contract, "contract");
    }
}
