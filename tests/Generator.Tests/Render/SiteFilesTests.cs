using System.Xml.Linq;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class SiteFilesTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly SiteFixture site = new();

    public SiteFilesTests() => site
        .Page("news/index.th.md", "ข่าวประชาสัมพันธ์", frontMatter: "oit: [O7]\n")
        .Page("news/index.en.md", "News", frontMatter: "oit: [O7]\n")
        .Page("news/fair.th.md", "งานวัด", frontMatter: "date: 2569-11-10\n")
        .Page("news/fair.en.md", "Temple fair", frontMatter: "date: 2569-11-10\n")
        .Page("news/road.th.md", "ซ่อมถนน", frontMatter: "date: 15 ต.ค. 2569\n")
        .Page("news/road.en.md", "Road repairs", frontMatter: "date: 2026-10-15\n");

    [Fact]
    public async Task RootSendsVisitorsToTheDefaultLanguageWithoutJavaScript()
    {
        await site.BuildAsync();

        var root = site.Html("/");
        Assert.Equal("0; url=/th/", root.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Empty(root.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task SitemapListsEveryPageWithItsAlternates()
    {
        await site.BuildAsync();

        var urls = XDocument.Parse(site.Read("/sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains("https://test.example/th/news/fair/", locations);
        Assert.Contains("https://test.example/en/news/fair/", locations);
        Assert.All(urls, u => Assert.Equal(3, u.Elements().Count(e => e.Name.LocalName == "link")));
        Assert.Contains("Sitemap: https://test.example/sitemap.xml", site.Read("/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsFeedListsNewestFirstInEachLanguage()
    {
        await site.BuildAsync();

        var thai = XDocument.Parse(site.Read("/th/news/feed.xml")).Root!;
        Assert.Equal(["งานวัด", "ซ่อมถนน"], thai.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        var english = XDocument.Parse(site.Read("/en/news/feed.xml")).Root!;
        Assert.Equal("https://test.example/en/news/road/", english.Elements(Atom + "entry").Last().Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task NotFoundPageExistsAtTheRootAndInBothLanguages()
    {
        await site.BuildAsync();

        Assert.Equal("th", site.Html("/404.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", site.Html("/en/404.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("ไม่พบหน้าที่ต้องการ", site.Html("/th/404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task FooterShowsTheBuildDateInEachLanguagesCalendar()
    {
        await site.BuildAsync();

        Assert.Equal("29 พฤศจิกายน 2569", site.Html("/th/").QuerySelector(".built time")!.TextContent);
        Assert.Equal("29 November 2026", site.Html("/en/").QuerySelector(".built time")!.TextContent);
    }

    public void Dispose() => site.Dispose();
}
