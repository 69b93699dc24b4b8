namespace Transparency.Checks.Oit.Rules;

/// <summary><c>standing</c>: information without a period, such as the structure or the laws; it only has to be published.</summary>
internal sealed class StandingRule : ITimeRule
{
    public string Name => "standing";

    public int DefaultDueDays => 0;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) => [];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => null;
}
