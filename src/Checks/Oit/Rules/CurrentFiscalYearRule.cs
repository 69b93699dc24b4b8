using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>The rules about the current fiscal year; <c>due_days</c> into a new year, the new year becomes the one required.</summary>
internal abstract class CurrentFiscalYearRule(PeriodMatch match) : ITimeRule
{
    public abstract string Name { get; }

    public abstract int DefaultDueDays { get; }

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) => [new(Year(asOf, dueDays).Range, match)];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => Year(asOf, dueDays).Next.Start.AddDays(dueDays);

    private static FiscalYear Year(DateOnly asOf, int dueDays) => FiscalYear.Containing(asOf.AddDays(-dueDays));
}
