using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>The check of a monthly summary that its schema cannot express: no price agreed above the budget.</summary>
internal static class ProcurementRowRules
{
    // columnOf gives a member's 1-based column in this file: staff may put the columns in any order.
    public static void Check(DataFile<ProcurementRow> file, Func<string, int> columnOf, List<InputError> errors)
    {
        foreach (var row in file.Rows.Where(r => r.Winner.Price > r.Budget))
        {
            var (price, budget) = (Baht(row.Winner.Price), Baht(row.Budget));
            errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(ProcurementRow.Winner)), $"The agreed price {price} is above the budget {budget}.", "Check both amounts.",
                $"ราคาที่ตกลง {price} สูงกว่าวงเงิน {budget}", "กรุณาตรวจสอบจำนวนเงินทั้งสองช่อง"));
        }
    }

    private static string Baht(decimal amount) => amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
