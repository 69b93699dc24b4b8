using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Every page of the site by section, in menu order: what the search page lists and filters.</summary>
internal static class SiteIndex
{
    public static IReadOnlyList<SectionView> Build(Site site, string language, UrlScheme urls)
    {
        var menuOrder = site.Menu.Select((m, i) => (m.Page, i)).ToDictionary(x => x.Page, x => x.i, StringComparer.Ordinal);
        return site.Pages
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Section, StringComparer.Ordinal)
            .OrderBy(g => menuOrder.GetValueOrDefault(g.Key, int.MaxValue))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SectionView(
                site.Find(g.Key)?.In(language).FrontMatter.Title ?? g.Key,
                g.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new LinkView(p.In(language).FrontMatter.Title, urls.Page(language, p.Key)))
                    .ToList()))
            .ToList();
    }
}

/// <summary>A section of the site index and its pages.</summary>
internal sealed record SectionView(string Title, IReadOnlyList<LinkView> Pages);
