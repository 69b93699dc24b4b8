namespace Transparency.Checks.Oit.Rules;

/// <summary><c>covers_fiscal_year</c>: a plan whose period spans the whole current fiscal year; due when the year begins.</summary>
internal sealed class CoversFiscalYearRule() : CurrentFiscalYearRule(PeriodMatch.Covers)
{
    public override string Name => "covers_fiscal_year";

    public override int DefaultDueDays => 0;
}
