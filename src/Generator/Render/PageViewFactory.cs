using System.Globalization;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Builds the view of one page in one language: content, navigation, breadcrumbs, alternates and section list.</summary>
internal sealed class PageViewFactory(Site site, UrlScheme urls, MarkdownRenderer markdown)
{
    public PageView Create(Page page, string language, string layout, object? data)
    {
        var source = page.In(language);
        var url = urls.Page(language, page.Key);
        return new PageView(
            language,
            page.Key,
            layout,
            source.FrontMatter.Title,
            source.FrontMatter.Description,
            markdown.ToHtml(source.Markdown, source.Language),
            url,
            urls.Absolute(url),
            Iso(source.Date),
            Iso(source.Updated),
            source.FrontMatter.FiscalYear?.ToString(CultureInfo.InvariantCulture),
            Period(page, source),
            source.FrontMatter.Unit,
            page.OitCodes,
            page.IsTranslated(language) ? null : source.Language,
            Breadcrumbs(page, language),
            Children(page, language),
            Alternates(page.Key, language),
            Navigation(page.Key, language),
            data);
    }

    public IReadOnlyList<AlternateView> Alternates(string key, string language) => Languages.All
        .Select(l => new AlternateView(
            l,
            site.Strings.Get(l, "language.name"),
            urls.Page(l, key),
            urls.Absolute(urls.Page(l, key)),
            l == language))
        .ToList();

    // Only sections the site has: a new organisation that has not written its budget pages yet gets no broken link.
    public IReadOnlyList<NavView> Navigation(string key, string language) => site.Menu
        .Where(m => site.Find(m.Page) is not null)
        .Select(m => new NavView(
            site.Strings.Get(language, m.Label),
            urls.Page(language, m.Page),
            key == m.Page || key.StartsWith(m.Page + "/", StringComparison.Ordinal)))
        .ToList();

    private List<LinkView> Breadcrumbs(Page page, string language)
    {
        var crumbs = new List<LinkView> { new(site.Strings.Get(language, "nav.home"), urls.Page(language, string.Empty)) };
        var segments = page.Key.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < segments.Length; i++)
        {
            var key = string.Join('/', segments[..i]);
            var title = site.Find(key)?.In(language).FrontMatter.Title ?? segments[i - 1];
            crumbs.Add(new LinkView(title, urls.Page(language, key)));
        }

        return crumbs;
    }

    private List<ChildView> Children(Page page, string language) => site.ChildrenOf(page.Key)
        .Select(child => ChildView.Of(child, language, urls))
        .ToList();

    /// <summary>The period the checks read from the page's metadata: a data page's month, else the front matter's period.</summary>
    private static string? Period(Page page, SourcePage source) =>
        page.Data is Model.Data.DataFile<Model.Procurement.ProcurementRow> month ? DateRange.Month(month.Month!.Value).ToIso()
        : PeriodParser.TryParse(source.FrontMatter.Period, out var period) ? period.ToIso()
        : null;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
