namespace Transparency.Checks.Oit;

/// <summary>The verdict on every OIT item of a criteria version on one day, with the estimated score and what falls due soon.</summary>
public sealed record CoverageReport(string CriteriaVersion, LocalizedText CriteriaTitle, DateOnly AsOf, string Language, IReadOnlyList<ItemResult> Items, OitScore Score)
{
    public bool Passed => Items.All(i => i.Passed);

    public int Count(ItemStatus status) => Items.Count(i => i.Status == status);

    /// <summary>Passing items that will fail within the horizon unless staff publish something, soonest first.</summary>
    public IReadOnlyList<ItemResult> Upcoming => Items.Where(i => i.Upcoming is not null).OrderBy(i => i.Upcoming!.Due).ToList();
}
