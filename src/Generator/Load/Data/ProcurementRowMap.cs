using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of form สขร.1, headed as in <c>Schemas/procurement-monthly.yaml</c>.</summary>
internal sealed class ProcurementRowMap : DatasetMap<ProcurementRow>
{
    public ProcurementRowMap()
        : base(ProcurementRow.Dataset)
    {
        Column(r => r.Number, "number");
        Column(r => r.Item, "item");
        Column(r => r.ItemEnglish, "item_en");
        Column(r => r.Budget, "budget");
        Column(r => r.ReferencePrice, "reference_price");
        Column(r => r.Method, "method");
        Column(r => r.Bidders, "bidders");
        Column(r => r.Winner, "winner");
        Column(r => r.Reason, "reason");
        Column(r => r.Contract, "contract");
    }
}
