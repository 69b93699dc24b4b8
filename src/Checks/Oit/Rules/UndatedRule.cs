namespace Transparency.Checks.Oit.Rules;

/// <summary>The rules without a period: the item only has to be published and show its elements.</summary>
internal abstract class UndatedRule : ITimeRule
{
    public abstract string Name { get; }

    public int DefaultDueDays => 0;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) => [];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => null;
}
