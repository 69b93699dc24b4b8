using System.Globalization;
using System.Xml.Linq;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Writes an Atom feed of the news section per language, newest first, at <c>/LANG/news/feed.xml</c>.</summary>
internal static class AtomFeedWriter
{
    public const string Section = "news";
    private const int MaximumEntries = 30;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void Write(Site site, UrlScheme urls, string outputFolder, DateTimeOffset buildTime)
    {
        var news = site.ChildrenOf(Section)
            .Where(p => p.In(site.Config.DefaultLanguage).Date is not null)
            .OrderByDescending(p => p.In(site.Config.DefaultLanguage).Date)
            .Take(MaximumEntries)
            .ToList();
        foreach (var language in Languages.All)
        {
            var feedUrl = urls.Absolute(urls.Asset($"{language}/{Section}/feed.xml"));
            var feed = new XElement(Atom + "feed",
                new XAttribute(XNamespace.Xml + "lang", language),
                new XElement(Atom + "title", $"{site.Strings.Get(language, "nav.news")} – {site.Config.Name.In(language)}"),
                new XElement(Atom + "id", feedUrl),
                new XElement(Atom + "updated", Timestamp(news.Select(p => p.In(language).Date).FirstOrDefault(), buildTime)),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
                new XElement(Atom + "link", new XAttribute("href", urls.Absolute(urls.Page(language, Section)))),
                new XElement(Atom + "author", new XElement(Atom + "name", site.Config.Name.In(language))),
                news.Select(page => Entry(page, language, urls, buildTime)));
            var folder = Path.Combine(outputFolder, language, Section);
            Directory.CreateDirectory(folder);
            new XDocument(feed).Save(Path.Combine(folder, "feed.xml"));
        }
    }

    private static XElement Entry(Page page, string language, UrlScheme urls, DateTimeOffset buildTime)
    {
        var source = page.In(language);
        var url = urls.Absolute(urls.Page(language, page.Key));
        return new XElement(Atom + "entry",
            new XElement(Atom + "title", source.FrontMatter.Title),
            new XElement(Atom + "id", url),
            new XElement(Atom + "link", new XAttribute("href", url)),
            new XElement(Atom + "updated", Timestamp(source.Updated ?? source.Date, buildTime)),
            new XElement(Atom + "summary", source.FrontMatter.Description));
    }

    private static string Timestamp(DateOnly? date, DateTimeOffset fallback) =>
        (date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)) : fallback)
            .ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
