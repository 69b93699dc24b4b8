using System.Globalization;
using Transparency.Checks.Oit.Rules;

namespace Transparency.Checks.Tests.Oit;

/// <summary>What each time rule requires on a given day, with the grace the 2565 criteria give it, and when that changes.</summary>
public sealed class TimeRuleTests
{
    /// <summary>Rule, grace in days, as-of date, the periods required (ISO intervals joined by a space), the next change.</summary>
    public static TheoryData<string, int, string, string, string?> Cases => new()
    {
        { "standing", 0, "2026-11-30", "", null },
        { "online_channel", 0, "2026-11-30", "", null },
        { "covers_fiscal_year", 0, "2026-09-30", "2025-10-01/2026-09-30", "2026-10-01" },
        { "covers_fiscal_year", 0, "2026-10-01", "2026-10-01/2027-09-30", "2027-10-01" },
        { "within_fiscal_year", 30, "2026-10-30", "2025-10-01/2026-09-30", "2026-10-31" },
        { "within_fiscal_year", 30, "2026-10-31", "2026-10-01/2027-09-30", "2027-10-31" },
        { "issued_by_current_head", 30, "2026-11-30", "2026-10-01/2027-09-30", "2027-10-31" },
        { "first_half", 30, "2027-04-30", "2025-10-01/2026-03-31", "2027-05-01" },
        { "first_half", 30, "2027-05-01", "2026-10-01/2027-03-31", "2028-05-01" },
        { "monthly_first_half", 10, "2026-11-09", "2025-10-01/2025-10-31 2025-11-01/2025-11-30 2025-12-01/2025-12-31 2026-01-01/2026-01-31 2026-02-01/2026-02-28 2026-03-01/2026-03-31", "2026-11-10" },
        { "monthly_first_half", 10, "2026-11-30", "2026-10-01/2026-10-31", "2026-12-10" },
        { "monthly_first_half", 10, "2027-04-10", "2026-10-01/2026-10-31 2026-11-01/2026-11-30 2026-12-01/2026-12-31 2027-01-01/2027-01-31 2027-02-01/2027-02-28 2027-03-01/2027-03-31", "2027-11-10" },
        { "previous_fiscal_year", 60, "2026-11-29", "2024-10-01/2025-09-30", "2026-11-30" },
        { "previous_fiscal_year", 60, "2026-11-30", "2025-10-01/2026-09-30", "2027-11-30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RequiresThePeriodsOfTheDay(string rule, int dueDays, string asOf, string periods, string? nextChange)
    {
        var day = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var timeRule = TimeRules.ByName[rule];

        Assert.Equal(periods, string.Join(' ', timeRule.Require(day, dueDays).Select(p => p.Range.ToIso())));
        Assert.Equal(nextChange, timeRule.NextChange(day, dueDays)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PlansMustSpanTheYearWhileActivitiesMayFallWithinIt()
    {
        var day = new DateOnly(2026, 11, 30);
        var quarter = new Calendar.DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

        Assert.False(TimeRules.ByName["covers_fiscal_year"].Require(day, 0).Single().AcceptsPeriod(quarter));
        Assert.True(TimeRules.ByName["within_fiscal_year"].Require(day, 30).Single().AcceptsPeriod(quarter));
    }
}
