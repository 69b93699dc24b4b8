using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// A time rule of the criteria: which periods an item's content must cover on a given day, and the next day that changes.
/// The dueDays of each method is the grace the criteria allow before a period's content is due.
/// </summary>
internal interface ITimeRule
{
    string Name { get; }

    /// <summary>The grace, in days, when the criteria file gives none.</summary>
    int DefaultDueDays { get; }

    IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays);

    /// <summary>The first day after asOf on which the requirement changes, or null when it never does.</summary>
    DateOnly? NextChange(DateOnly asOf, int dueDays);
}

/// <summary>How content's period must relate to the required one.</summary>
internal enum PeriodMatch
{
    /// <summary>Span it all: plans and reports.</summary>
    Covers,

    /// <summary>Fall at least partly within it: news, activities.</summary>
    Overlaps,

    /// <summary>Be that period and no wider: a monthly summary is about its month, not a whole year.</summary>
    Exactly,
}

/// <summary>A period content must match, and how.</summary>
internal sealed record RequiredPeriod(DateRange Range, PeriodMatch Match)
{
    /// <summary>Content without a stated period may still show by its dates that it falls within the period.</summary>
    public bool AcceptsUndated => Match == PeriodMatch.Overlaps;

    public bool AcceptsPeriod(DateRange period) => Match switch
    {
        PeriodMatch.Overlaps => period.Overlaps(Range),
        PeriodMatch.Exactly => period == Range,
        _ => period.Covers(Range),
    };
}
