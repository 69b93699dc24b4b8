using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>monthly_first_half</c>: one summary per month of the first half of the fiscal year (O23), each due
/// <c>due_days</c> after its month ends. Before the first month of a new year is due, the previous year's six are current.
/// </summary>
internal sealed class MonthlyFirstHalfRule : ITimeRule
{
    private const int Months = 6;

    public string Name => "monthly_first_half";

    public int DefaultDueDays => 10;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays)
    {
        var year = FiscalYear.Containing(asOf);
        var due = MonthsOf(year).Where(m => Due(m, dueDays) <= asOf).ToList();
        return (due.Count > 0 ? due : MonthsOf(year.Previous)).Select(m => new RequiredPeriod(m, PeriodMatch.Exactly)).ToList();
    }

    public DateOnly? NextChange(DateOnly asOf, int dueDays)
    {
        var year = FiscalYear.Containing(asOf);
        return MonthsOf(year).Concat(MonthsOf(year.Next)).Select(m => Due(m, dueDays)).First(d => d > asOf);
    }

    private static IEnumerable<DateRange> MonthsOf(FiscalYear year) =>
        Enumerable.Range(0, Months).Select(i => DateRange.Month(year.Start.AddMonths(i)));

    private static DateOnly Due(DateRange month, int dueDays) => month.End.AddDays(dueDays);
}
