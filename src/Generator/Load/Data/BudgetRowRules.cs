using System.Globalization;
using Transparency.Generator.Model.Budget;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// The checks of a budget file its schema cannot express: nothing disbursed above the budget or backwards in time, and
/// the mid-year and year-end figures given for every row or none, since a half-filled column would make the totals wrong.
/// </summary>
internal static class BudgetRowRules
{
    public static void Check(DataFile<BudgetRow> file, Func<string, int> columnOf, List<InputError> errors)
    {
        void Report(BudgetRow row, string member, string english, string fix, string thai, string thaiFix) =>
            errors.Add(new InputError(file.SourceFile, row.Line, columnOf(member), english, fix, thai, thaiFix));

        ReportPartlyFilled(file, r => r.DisbursedHalf, nameof(BudgetRow.DisbursedHalf), Report);
        ReportPartlyFilled(file, r => r.DisbursedYear, nameof(BudgetRow.DisbursedYear), Report);
        foreach (var row in file.Rows)
        {
            if (row.DisbursedHalf > row.Allocated)
            {
                Report(row, nameof(BudgetRow.DisbursedHalf), $"Disbursed by 31 March, {Baht(row.DisbursedHalf)}, is more than the budget {Baht(row.Allocated)}.", "Check both amounts; a transfer during the year changes the budget column too.",
                    $"เบิกจ่าย ณ 31 มีนาคม {Baht(row.DisbursedHalf)} มากกว่างบประมาณ {Baht(row.Allocated)}", "กรุณาตรวจสอบจำนวนเงินทั้งสองช่อง หากมีการโอนงบประมาณระหว่างปีให้แก้ไขช่องงบประมาณด้วย");
            }

            if (row.DisbursedYear + (row.CarriedOver ?? 0) > row.Allocated)
            {
                Report(row, nameof(BudgetRow.DisbursedYear), $"Disbursed in the year plus carried over, {Baht(row.DisbursedYear + (row.CarriedOver ?? 0))}, is more than the budget {Baht(row.Allocated)}.", "Check the three amounts.",
                    $"เบิกจ่ายทั้งปีรวมกับเงินกันไว้เบิกเหลื่อมปี {Baht(row.DisbursedYear + (row.CarriedOver ?? 0))} มากกว่างบประมาณ {Baht(row.Allocated)}", "กรุณาตรวจสอบจำนวนเงินทั้งสามช่อง");
            }

            if (row.DisbursedHalf > row.DisbursedYear)
            {
                Report(row, nameof(BudgetRow.DisbursedYear), $"Disbursed in the year, {Baht(row.DisbursedYear)}, is less than disbursed by 31 March, {Baht(row.DisbursedHalf)}.", "Both columns count from 1 October: the year's amount includes the first half.",
                    $"เบิกจ่ายทั้งปี {Baht(row.DisbursedYear)} น้อยกว่าเบิกจ่าย ณ 31 มีนาคม {Baht(row.DisbursedHalf)}", "ทั้งสองช่องนับสะสมตั้งแต่ 1 ตุลาคม ยอดทั้งปีต้องรวมยอดครึ่งปีแรกด้วย");
            }
        }
    }

    private static void ReportPartlyFilled(DataFile<BudgetRow> file, Func<BudgetRow, decimal?> amount, string member, Action<BudgetRow, string, string, string, string, string> report)
    {
        var filled = file.Rows.FirstOrDefault(r => amount(r) is not null);
        if (filled is null)
        {
            return;
        }

        foreach (var row in file.Rows.Where(r => amount(r) is null))
        {
            report(row, member, $"The cell is empty while line {filled.Line} gives this amount.", "Fill it in for every row, writing 0 where nothing was disbursed, or leave the column empty in every row.",
                $"ช่องนี้ว่าง แต่บรรทัดที่ {filled.Line} มีจำนวนเงินในคอลัมน์นี้", "กรุณากรอกให้ครบทุกแถว (ใส่ 0 หากไม่มีการเบิกจ่าย) หรือเว้นว่างทั้งคอลัมน์");
        }
    }

    private static string Baht(decimal? amount) => (amount ?? 0).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
