using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// Checks that every contract number written against a plan item is one of the monthly summaries' contracts, since the
/// annual report counts a plan item as carried out through that number.
/// </summary>
internal static class PlanContracts
{
    public static void Check(IReadOnlyList<Dataset> datasets, List<InputError> errors)
    {
        var byId = datasets.ToDictionary(d => d.Schema.Id, StringComparer.Ordinal);
        var signed = byId[ProcurementRow.Dataset].Cells("contract").Select(c => ((ContractReference)c.Value!).Number).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in byId[PlanRow.Dataset].Cells("contract").Where(c => c.Value is string { Length: > 0 } number && !signed.Contains(number)))
        {
            errors.Add(new InputError(cell.File, cell.Line, cell.Column,
                $"The contract {cell.Value} is in no monthly procurement summary.", "Check the number against the contract column of data/procurement/monthly/, or leave it empty until the contract is signed.",
                $"ไม่พบสัญญาเลขที่ {cell.Value} ในสรุปผลการจัดซื้อจัดจ้างรายเดือน", "กรุณาตรวจเลขที่กับคอลัมน์สัญญาใน data/procurement/monthly/ หรือเว้นว่างไว้จนกว่าจะลงนามสัญญา"));
        }
    }
}
