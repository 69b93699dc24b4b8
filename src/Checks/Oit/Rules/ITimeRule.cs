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

/// <summary>
/// A period content must cover. <see cref="Overlap"/>: content only has to fall within it (news, activities);
/// otherwise it must span it all (plans, reports, each month).
/// </summary>
internal sealed record RequiredPeriod(DateRange Range, bool Overlap)
{
    public bool AcceptsPeriod(DateRange period) => Overlap ? period.Overlaps(Range) : period.Covers(Range);
}
