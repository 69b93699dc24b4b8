using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>The extra data a built-in layout lists, computed once per language.</summary>
internal static class LayoutData
{
    public static object? For(string layout, Site site, string language, UrlScheme urls) => layout switch
    {
        "ita" => ItaMenu.Build(site, language, urls),
        "documents" => DocumentList.Build(site, language, urls),
        "search" => SiteIndex.Build(site, language, urls),
        "home" => LatestNews(site, language, urls),
        _ => null,
    };

    /// <summary>The data of a page made from a data file, in one language.</summary>
    public static object? ForPage(Page page, Site site, string language, UrlScheme urls) => page.Data switch
    {
        Model.Procurement.ProcurementMonth month => ProcurementViews.Month(month, site, language, urls),
        Model.Procurement.ProcurementYear year => ProcurementViews.Year(year, language, urls),
        _ => null,
    };

    /// <summary>The layouts that list data, so the renderer computes it once per language.</summary>
    public static readonly IReadOnlyList<string> Layouts = ["ita", "documents", "search", "home"];

    private const int HomeNewsCount = 5;

    private static List<ChildView> LatestNews(Site site, string language, UrlScheme urls) => site.ChildrenOf(AtomFeedWriter.Section)
        .Where(p => p.In(language).Date is not null)
        .OrderByDescending(p => p.In(language).Date)
        .Take(HomeNewsCount)
        .Select(p => ChildView.Of(p, language, urls))
        .ToList();
}
