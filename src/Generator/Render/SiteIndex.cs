using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>The site index of the search page: each section in menu order with its shallowest pages, what the page shows without JavaScript.</summary>
internal static class SiteIndex
{
    // A section of thousands of pages would make the search page megabytes long on a phone: past this many links
    // the index points to the section's own page, which lists the rest.
    public const int LinksPerSection = 40;

    public static IReadOnlyList<SectionView> Build(Site site, string language, UrlScheme urls)
    {
        var menuOrder = site.Menu.Select((m, i) => (m.Page, i)).ToDictionary(x => x.Page, x => x.i, StringComparer.Ordinal);
        return site.Pages
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Section, StringComparer.Ordinal)
            .OrderBy(g => menuOrder.GetValueOrDefault(g.Key, int.MaxValue))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Pages: g, Section: site.Find(g.Key)))
            .Select(s => new SectionView(
                s.Section?.In(language).FrontMatter.Title ?? s.Pages.Key,
                s.Section is null ? null : urls.Page(language, s.Pages.Key),
                s.Pages.Count(),
                s.Pages.OrderBy(p => p.Key.Count(c => c == '/'))
                    .ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Take(LinksPerSection)
                    .OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new LinkView(p.In(language).FrontMatter.Title, urls.Page(language, p.Key)))
                    .ToList()))
            .ToList();
    }
}

/// <summary>A section of the site index: its page, how many pages it has, and those the index lists.</summary>
internal sealed record SectionView(string Title, string? Url, int Total, IReadOnlyList<LinkView> Pages)
{
    public bool Cut => Url is not null && Pages.Count < Total;
}
