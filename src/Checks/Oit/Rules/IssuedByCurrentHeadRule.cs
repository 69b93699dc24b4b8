namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>issued_by_current_head</c>: an announcement of the current fiscal year (No Gift Policy); that the current head
/// signed it is an element of the item (<c>head:</c>), read against the executives' page.
/// </summary>
internal sealed class IssuedByCurrentHeadRule() : CurrentFiscalYearRule(PeriodMatch.Overlaps)
{
    public override string Name => "issued_by_current_head";

    public override int DefaultDueDays => 30;
}
