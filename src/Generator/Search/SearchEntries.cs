using AngleSharp.Html.Parser;
using Transparency.Generator.Model;
using Transparency.Generator.Render;

namespace Transparency.Generator.Search;

/// <summary>
/// What the search finds in one language: every rendered page (its main region, read back from the built HTML so
/// that pages made from data are found too) and every document by its metadata.
/// </summary>
internal static class SearchEntries
{
    /// <summary>The site index lists every page: searching its text would find it for every word.</summary>
    private static readonly HashSet<string> Unsearched = new(StringComparer.Ordinal) { "search" };

    private const string DocumentsSection = "documents";

    public static IReadOnlyList<SearchEntry> Collect(Site site, string language, UrlScheme urls, string builtSite)
    {
        var excerpts = new ExcerptMaker();
        var parser = new HtmlParser();
        var pages = site.Pages
            .Where(p => !Unsearched.Contains(p.Key))
            .Select(p => FromPage(p, language, urls, builtSite, parser, excerpts));
        var documents = site.Documents.Select(d => new SearchEntry(
            urls.Asset("documents/" + d.RelativePath),
            d.Title.In(language),
            string.Empty,
            d.Extension,
            DocumentsSection,
            d.FiscalYear?.BuddhistYear ?? 0,
            string.Empty));
        return pages.Concat(documents).ToList();
    }

    /// <summary>The page's main element as text: parsing only it spares parsing the header, menu and footer of every page.</summary>
    private static string MainRegion(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..(end + "</main>".Length)] : html;
    }

    private static SearchEntry FromPage(Page page, string language, UrlScheme urls, string builtSite, HtmlParser parser, ExcerptMaker excerpts)
    {
        var source = page.In(language);
        var html = parser.ParseDocument(MainRegion(File.ReadAllText(Path.Combine(builtSite, UrlScheme.PageFile(language, page.Key)))));
        var main = html.QuerySelector("main") ?? html.Body!;
        var headings = main.QuerySelectorAll("h2, h3, h4").Select(RenderedText.Of).ToList();
        foreach (var shown in main.QuerySelectorAll("h1, h2, h3, h4, .page-meta, nav, script"))
        {
            shown.Remove();
        }

        var body = RenderedText.Of(main);
        return new SearchEntry(
            urls.Page(language, page.Key),
            source.FrontMatter.Title,
            string.Join(' ', headings),
            body,
            page.Section,
            source.FrontMatter.FiscalYear ?? 0,
            excerpts.Make(source.FrontMatter.Description.Length > 0 ? source.FrontMatter.Description : body));
    }
}
