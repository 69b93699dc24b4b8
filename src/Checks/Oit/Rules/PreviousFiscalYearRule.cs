using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>previous_fiscal_year</c>: an annual report on the year before the current one, due <c>due_days</c> after that
/// year ends; until then the report of the year before it is the current one.
/// </summary>
internal sealed class PreviousFiscalYearRule : ITimeRule
{
    public string Name => "previous_fiscal_year";

    public int DefaultDueDays => 60;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays)
    {
        var year = FiscalYear.Containing(asOf);
        var reported = asOf >= year.Start.AddDays(dueDays) ? year.Previous : year.Previous.Previous;
        return [new(reported.Range, PeriodMatch.Covers)];
    }

    public DateOnly? NextChange(DateOnly asOf, int dueDays)
    {
        var year = FiscalYear.Containing(asOf);
        var due = year.Start.AddDays(dueDays);
        return asOf < due ? due : year.Next.Start.AddDays(dueDays);
    }
}
