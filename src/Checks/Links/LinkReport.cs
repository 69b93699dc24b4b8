namespace Transparency.Checks.Links;

/// <summary>A link or resource reference that leads nowhere, and where it was found.</summary>
public sealed record BrokenLink(string Source, string Target, string Reason);

/// <summary>What the link check found: broken internal references, and the external links it listed without fetching.</summary>
public sealed record LinkReport(
    int FilesChecked,
    int ReferencesChecked,
    IReadOnlyList<BrokenLink> Broken,
    IReadOnlyDictionary<string, int> ExternalLinks)
{
    public bool Passed => Broken.Count == 0;
}
