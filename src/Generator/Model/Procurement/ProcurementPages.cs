using System.Globalization;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.Procurement;

/// <summary>The fiscal year's months that have a procurement summary, for the year page.</summary>
internal sealed record ProcurementYear(FiscalYear FiscalYear, IReadOnlyList<DataFile<ProcurementRow>> Months);

/// <summary>
/// Makes the pages of the monthly procurement summaries: <c>/LANG/procurement/2570/</c> for a fiscal year and
/// <c>/LANG/procurement/2570/10/</c> for a month. The addresses are built from the fiscal year and calendar month
/// alone, so a published summary keeps its address for good.
/// </summary>
internal static class ProcurementPages
{
    public const string Section = "procurement";
    public const string MonthLayout = "procurement-month";
    public const string YearLayout = "procurement-year";
    private static readonly string[] Codes = ["O23"];

    public static string YearKey(FiscalYear year) => $"{Section}/{year}";

    public static string MonthKey(DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"{YearKey(FiscalYear.Containing(month))}/{month.Month:00}");

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings)
    {
        foreach (var year in data.Of<ProcurementRow>(ProcurementRow.Dataset).GroupBy(m => m.FiscalYear!.Value).OrderByDescending(g => g.Key.BuddhistYear))
        {
            var months = new ProcurementYear(year.Key, year.OrderBy(m => m.Month).ToList());
            yield return Make(YearKey(year.Key), YearLayout, months, months.Months.Max(m => LastContract(m)), language =>
                Fill(strings.Get(language, "procurement.year.title"), ThaiDateFormat.FiscalYearName(year.Key, language)), year.Key);
            foreach (var month in months.Months)
            {
                yield return Make(MonthKey(month.Month!.Value), MonthLayout, month, LastContract(month), language =>
                    Fill(strings.Get(language, "procurement.month.title"), ThaiDateFormat.MonthYear(month.Month!.Value, language)), year.Key);
            }
        }
    }

    private static Page Make(string key, string layout, object data, DateOnly? date, Func<string, string> title, FiscalYear year) =>
        DataPage.Make(key, layout, Codes, year, date, data, title);

    private static DateOnly? LastContract(DataFile<ProcurementRow> month) => month.Rows.Count == 0 ? null : month.Rows.Max(r => r.Contract.Date);

    private static string Fill(string template, string value) => template.Replace("{0}", value, StringComparison.Ordinal);
}
