namespace Transparency.Checks.Oit.Rules;

/// <summary><c>standing</c>: information without a period, such as the structure or the laws.</summary>
internal sealed class StandingRule : UndatedRule
{
    public override string Name => "standing";
}
