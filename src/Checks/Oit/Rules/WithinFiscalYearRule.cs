namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>within_fiscal_year</c>: something done or published in the current fiscal year, such as news or activities.
/// A new year gets <c>due_days</c> of grace, since on 1 October nothing of it can exist yet.
/// </summary>
internal sealed class WithinFiscalYearRule() : CurrentFiscalYearRule(PeriodMatch.Overlaps)
{
    public override string Name => "within_fiscal_year";

    public override int DefaultDueDays => 30;
}
