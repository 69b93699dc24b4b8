using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>The ITA menu: every OIT item of the criteria in force, grouped by sub-indicator, with the pages and documents that publish it.</summary>
internal static class ItaMenu
{
    public static IReadOnlyList<ItaGroupView> Build(Site site, string language, UrlScheme urls)
    {
        var links = PublishersByCode(site, language, urls);
        return site.Criteria.Indicators
            .SelectMany(indicator => indicator.Groups)
            .Select(group => new ItaGroupView(
                group.Code,
                group.Title.In(language),
                group.Items.Select(item => new ItaItemView(
                    item.Code,
                    item.Title.In(language),
                    site.Strings.Get(language, $"rule.{item.Rule}"),
                    links.GetValueOrDefault(item.Code) ?? [])).ToList()))
            .ToList();
    }

    private static Dictionary<string, List<LinkView>> PublishersByCode(Site site, string language, UrlScheme urls)
    {
        var links = new Dictionary<string, List<LinkView>>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            foreach (var code in page.OitCodes)
            {
                Add(code, new LinkView(page.In(language).FrontMatter.Title, urls.Page(language, page.Key)));
            }
        }

        foreach (var document in site.Documents)
        {
            foreach (var code in document.Oit)
            {
                Add(code, new LinkView($"{document.Title.In(language)} ({document.Extension})", urls.Asset("documents/" + document.RelativePath)));
            }
        }

        return links;

        void Add(string code, LinkView link)
        {
            if (!links.TryGetValue(code, out var list))
            {
                links[code] = list = [];
            }

            list.Add(link);
        }
    }
}

/// <summary>A sub-indicator of the ITA menu and its items.</summary>
internal sealed record ItaGroupView(string Code, string Title, IReadOnlyList<ItaItemView> Items);

/// <summary>One OIT item of the ITA menu with the links that publish it.</summary>
internal sealed record ItaItemView(string Code, string Title, string Rule, IReadOnlyList<LinkView> Links);
