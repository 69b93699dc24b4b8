using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>within_fiscal_year</c>: something done or published in the current fiscal year, such as news or activities.
/// A new year gets <c>due_days</c> of grace, since on 1 October nothing of it can exist yet.
/// </summary>
internal sealed class WithinFiscalYearRule : ITimeRule
{
    public string Name => "within_fiscal_year";

    public int DefaultDueDays => 30;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) =>
        [new(FiscalYear.Containing(asOf.AddDays(-dueDays)).Range, Overlap: true)];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => FiscalYear.Containing(asOf.AddDays(-dueDays)).Next.Start.AddDays(dueDays);
}
