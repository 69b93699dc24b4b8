using System.Xml.Linq;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class SiteFilesTests : SiteTest
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public SiteFilesTests() => Site
        .Page("news/index.th.md", "ข่าวประชาสัมพันธ์", frontMatter: "oit: [O7]\n")
        .Page("news/index.en.md", "News", frontMatter: "oit: [O7]\n")
        .Page("news/fair.th.md", "งานวัด", frontMatter: "date: 2569-11-10\n")
        .Page("news/fair.en.md", "Temple fair", frontMatter: "date: 2569-11-10\n")
        .Page("news/road.th.md", "ซ่อมถนน", frontMatter: "date: 15 ต.ค. 2569\n")
        .Page("news/road.en.md", "Road repairs", frontMatter: "date: 2026-10-15\n");

    [Fact]
    public async Task RootSendsVisitorsToTheDefaultLanguageWithoutJavaScript()
    {
        await Site.BuildAsync();

        var root = Site.Html("/");
        Assert.Equal("0; url=/th/", root.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Empty(root.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task SitemapListsEveryPageWithItsAlternates()
    {
        await Site.BuildAsync();

        var urls = XDocument.Parse(Site.Read("/sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains("https://test.example/th/news/fair/", locations);
        Assert.Contains("https://test.example/en/news/fair/", locations);
        Assert.All(urls, u => Assert.Equal(3, u.Elements().Count(e => e.Name.LocalName == "link")));
        Assert.Contains("Sitemap: https://test.example/sitemap.xml", Site.Read("/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsFeedListsNewestFirstInEachLanguage()
    {
        await Site.BuildAsync();

        var thai = XDocument.Parse(Site.Read("/th/news/feed.xml")).Root!;
        Assert.Equal(["งานวัด", "ซ่อมถนน"], thai.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        var english = XDocument.Parse(Site.Read("/en/news/feed.xml")).Root!;
        Assert.Equal("https://test.example/en/news/road/", english.Elements(Atom + "entry").Last().Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task NotFoundPageExistsAtTheRootAndInBothLanguages()
    {
        await Site.BuildAsync();

        Assert.Equal("th", Site.Html("/404.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", Site.Html("/en/404.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("ไม่พบหน้าที่ต้องการ", Site.Html("/th/404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task FooterShowsTheBuildDateInEachLanguagesCalendar()
    {
        await Site.BuildAsync();

        Assert.Equal("29 พฤศจิกายน 2569", Site.Html("/th/").QuerySelector(".built time")!.TextContent);
        Assert.Equal("29 November 2026", Site.Html("/en/").QuerySelector(".built time")!.TextContent);
    }
}
