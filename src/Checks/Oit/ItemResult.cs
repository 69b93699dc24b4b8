namespace Transparency.Checks.Oit;

/// <summary>How an item stands: the order is the order of checking, and the first failure found is reported.</summary>
public enum ItemStatus
{
    Pass,
    Stale,
    Incomplete,
    Missing,
}

/// <summary>What is wrong and what staff do about it.</summary>
public sealed record Finding(LocalizedText What, LocalizedText Fix);

/// <summary>A page found for an item, as the report shows it.</summary>
public sealed record EvidenceView(string Title, string Url, string ItasUrl, LocalizedText Period, DateOnly? LastModified, string Unit);

/// <summary>Something an item will need soon: the date it is due and what.</summary>
public sealed record Upcoming(DateOnly Due, LocalizedText What);

/// <summary>The verdict on one OIT item, with the evidence behind it.</summary>
public sealed record ItemResult(
    string Code,
    LocalizedText Title,
    string Group,
    string Indicator,
    ItemStatus Status,
    string ItasUrl,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<Finding> Problems,
    IReadOnlyList<LocalizedText> Notes,
    string Unit,
    Upcoming? Upcoming)
{
    public bool Passed => Status == ItemStatus.Pass;
}
