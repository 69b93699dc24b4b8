using System.Xml.Linq;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Writes <c>sitemap.xml</c> with every page in both languages and its hreflang alternates.</summary>
internal static class SitemapWriter
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static void Write(Site site, UrlScheme urls, string outputFolder)
    {
        var entries = site.Pages.SelectMany(page => Languages.All.Select(language =>
            new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", urls.Absolute(urls.Page(language, page.Key))),
                LastModified(page, language),
                Languages.All.Select(alternate => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"),
                    new XAttribute("hreflang", alternate),
                    new XAttribute("href", urls.Absolute(urls.Page(alternate, page.Key))))),
                new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"),
                    new XAttribute("hreflang", "x-default"),
                    new XAttribute("href", urls.Absolute(urls.Page(site.Config.DefaultLanguage, page.Key)))))));
        var document = new XDocument(new XElement(Sitemap + "urlset",
            new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml),
            entries));
        document.Save(Path.Combine(outputFolder, "sitemap.xml"));
    }

    private static XElement? LastModified(Page page, string language)
    {
        var source = page.In(language);
        return (source.Updated ?? source.Date) is { } date
            ? new XElement(Sitemap + "lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }
}
