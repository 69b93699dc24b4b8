using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>issued_by_current_head</c>: an announcement of the current fiscal year (No Gift Policy); that the current head
/// signed it is an element of the item (<c>head:</c>), read against the executives' page.
/// </summary>
internal sealed class IssuedByCurrentHeadRule : ITimeRule
{
    public string Name => "issued_by_current_head";

    public int DefaultDueDays => 30;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) =>
        [new(FiscalYear.Containing(asOf.AddDays(-dueDays)).Range, Overlap: true)];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => FiscalYear.Containing(asOf.AddDays(-dueDays)).Next.Start.AddDays(dueDays);
}
