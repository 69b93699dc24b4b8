using Transparency.Generator.Model;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>Checks across the cells of a month: unique row numbers, contracts signed in the month, prices within the budget.</summary>
internal static class ProcurementRowRules
{
    // columnOf gives a member's 1-based column in this file: staff may put the columns in any order.
    public static void Check(IReadOnlyList<ProcurementRow> rows, string display, DateOnly month, Func<string, int> columnOf, List<InputError> errors)
    {
        var seen = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            if (!seen.TryAdd(row.Number, row.Line))
            {
                errors.Add(new InputError(display, row.Line, columnOf(nameof(ProcurementRow.Number)), $"Row number {row.Number} is used again (first on line {seen[row.Number]}).", "Give each row its own number.",
                    $"ลำดับ {row.Number} ซ้ำกับบรรทัดที่ {seen[row.Number]}", "กรุณาใช้ลำดับที่ไม่ซ้ำกัน"));
            }

            if (row.Contract.Date.Year != month.Year || row.Contract.Date.Month != month.Month)
            {
                var thaiMonth = ThaiDateFormat.MonthYear(month, Languages.Thai);
                errors.Add(new InputError(display, row.Line, columnOf(nameof(ProcurementRow.Contract)),
                    $"The contract is dated {ThaiDateFormat.Full(row.Contract.Date, Languages.English)}, outside {ThaiDateFormat.MonthYear(month, Languages.English)}, the month of this file.",
                    "Move the row to the file of its month, or correct the date.",
                    $"สัญญาลงวันที่ {ThaiDateFormat.Full(row.Contract.Date, Languages.Thai)} ไม่อยู่ในเดือน{thaiMonth} ของไฟล์นี้", "กรุณาย้ายแถวไปไว้ในไฟล์ของเดือนนั้น หรือแก้ไขวันที่"));
            }

            if (row.Winner.Price > row.Budget)
            {
                var (price, budget) = (Baht(row.Winner.Price), Baht(row.Budget));
                errors.Add(new InputError(display, row.Line, columnOf(nameof(ProcurementRow.Winner)), $"The agreed price {price} is above the budget {budget}.", "Check both amounts.",
                    $"ราคาที่ตกลง {price} สูงกว่าวงเงิน {budget}", "กรุณาตรวจสอบจำนวนเงินทั้งสองช่อง"));
            }
        }
    }

    private static string Baht(decimal amount) => amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
