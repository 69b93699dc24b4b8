using Transparency.Checks.Criteria;

namespace Transparency.Generator.Model;

/// <summary>Everything the build read and checked, ready to render; immutable once loaded.</summary>
internal sealed record Site(
    SiteConfig Config,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<SiteDocument> Documents,
    Data.DataStore Data,
    UiStrings Strings,
    IReadOnlyList<MenuItem> Menu,
    CriteriaSet Criteria,
    IReadOnlyList<string> Warnings)
{
    private readonly Dictionary<string, Page> byKey = Pages.ToDictionary(p => p.Key, StringComparer.Ordinal);

    public Page? Find(string key) => byKey.GetValueOrDefault(key);

    // Built once: every page asks for its children while rendering, and a scan per call made builds quadratic.
    private readonly Dictionary<string, IReadOnlyList<Page>> childrenByParent = Pages
        .Where(p => p.Key.Length > 0)
        .GroupBy(p => p.ParentKey, StringComparer.Ordinal)
        .ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Page>)g
                .OrderBy(p => p.In(Config.DefaultLanguage).FrontMatter.Order)
                .ThenByDescending(p => p.In(Config.DefaultLanguage).Date)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);

    /// <summary>The pages directly below <paramref name="key"/>, in their chosen order, newest first among equals.</summary>
    public IReadOnlyList<Page> ChildrenOf(string key) => childrenByParent.GetValueOrDefault(key) ?? [];
}
