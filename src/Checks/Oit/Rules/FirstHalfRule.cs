using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>first_half</c>: a six-month report covering 1 October to 31 March. Until it is due (<c>due_days</c> after
/// 31 March) the previous fiscal year's report is the current one.
/// </summary>
internal sealed class FirstHalfRule : ITimeRule
{
    public string Name => "first_half";

    public int DefaultDueDays => 30;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays)
    {
        var year = FiscalYear.Containing(asOf);
        return [new((asOf >= Due(year, dueDays) ? year : year.Previous).FirstHalf, PeriodMatch.Covers)];
    }

    public DateOnly? NextChange(DateOnly asOf, int dueDays)
    {
        var year = FiscalYear.Containing(asOf);
        return asOf < Due(year, dueDays) ? Due(year, dueDays) : Due(year.Next, dueDays);
    }

    private static DateOnly Due(FiscalYear year, int dueDays) => year.FirstHalfEnd.AddDays(1 + dueDays);
}
