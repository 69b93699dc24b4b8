namespace Transparency.Checks.Oit.Rules;

/// <summary>The time rules a criteria file may name; a new rule type is one more class here.</summary>
internal static class TimeRules
{
    public static readonly IReadOnlyDictionary<string, ITimeRule> ByName = new ITimeRule[]
    {
        new StandingRule(), new CoversFiscalYearRule(), new WithinFiscalYearRule(), new FirstHalfRule(),
        new MonthlyFirstHalfRule(), new PreviousFiscalYearRule(), new IssuedByCurrentHeadRule(), new OnlineChannelRule(),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);
}
