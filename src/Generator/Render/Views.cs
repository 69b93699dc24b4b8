namespace Transparency.Generator.Render;

/// <summary>A link as templates show it.</summary>
internal sealed record LinkView(string Title, string Url);

/// <summary>A link to the same page in another language, for the switcher and hreflang.</summary>
internal sealed record AlternateView(string Lang, string Name, string Url, string AbsoluteUrl, bool Current);

/// <summary>A page listed in its section, with what a reader needs to choose it.</summary>
internal sealed record ChildView(string Title, string Url, string Description, string? Date, IReadOnlyList<string> Oit)
{
    public static ChildView Of(Model.Page page, string language, UrlScheme urls)
    {
        var source = page.In(language);
        return new ChildView(
            source.FrontMatter.Title,
            urls.Page(language, page.Key),
            source.FrontMatter.Description,
            source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            page.OitCodes);
    }
}

/// <summary>An entry of the main navigation, marked when the current page is inside it.</summary>
internal sealed record NavView(string Label, string Url, bool Active);

/// <summary>The organisation's details in one language, for header, footer and contact blocks.</summary>
internal sealed record SiteView(
    string Name,
    string Type,
    string Address,
    string OfficeHours,
    string Phone,
    string Fax,
    string Email,
    string MapUrl,
    IReadOnlyList<LinkView> Social,
    string EmblemUrl,
    string HomeUrl,
    string SearchUrl,
    string FeedUrl,
    string CssUrl,
    string PrintCssUrl,
    string SearchScriptUrl,
    string SearchIndexUrl,
    string FontsCssUrl);

/// <summary>Everything a layout needs to draw one page in one language.</summary>
internal sealed record PageView(
    string Lang,
    string Key,
    string Layout,
    string Title,
    string Description,
    string Content,
    string Url,
    string Canonical,
    string? Date,
    string? Updated,
    string? FiscalYear,
    string? Period,
    string Unit,
    IReadOnlyList<string> Oit,
    string? UntranslatedFrom,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<ChildView> Children,
    IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<NavView> Nav,
    object? Data);
