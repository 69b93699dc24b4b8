using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary><c>covers_fiscal_year</c>: a plan whose period spans the whole current fiscal year; due when the year begins.</summary>
internal sealed class CoversFiscalYearRule : ITimeRule
{
    public string Name => "covers_fiscal_year";

    public int DefaultDueDays => 0;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) =>
        [new(FiscalYear.Containing(asOf.AddDays(-dueDays)).Range, Overlap: false)];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => FiscalYear.Containing(asOf.AddDays(-dueDays)).Next.Start.AddDays(dueDays);
}
