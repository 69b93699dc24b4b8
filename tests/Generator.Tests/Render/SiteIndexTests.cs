using Transparency.Generator.Render;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class SiteIndexTests : SiteTest
{
    [Fact]
    public async Task SearchPageListsEveryPageOfASmallSection()
    {
        Site.Page("about/index.en.md", "About").Page("about/history.en.md", "History").Page("about/vision.en.md", "Vision");

        await Site.BuildAsync();

        var about = SectionLinks("About");
        Assert.Equal(["/en/about/", "/en/about/history/", "/en/about/vision/"], about);
    }

    [Fact]
    public async Task SearchPageListsTheShallowestPagesOfALargeSectionAndLinksToTheRest()
    {
        Site.Page("news/index.en.md", "News");
        for (var year = 1; year <= 3; year++)
        {
            Site.Page($"news/y{year}/index.en.md", $"Year {year}");
            for (var item = 1; item <= 20; item++)
            {
                Site.Page($"news/y{year}/item-{item:00}.en.md", $"Item {year}.{item}");
            }
        }

        await Site.BuildAsync();

        var news = SectionLinks("News");
        Assert.Equal(SiteIndex.LinksPerSection + 1, news.Count);
        Assert.Contains("/en/news/y3/", news);
        Assert.DoesNotContain("/en/news/y3/item-20/", news);
        var more = Site.Html("/en/search/").QuerySelector(".site-index li.more a")!;
        Assert.Equal("/en/news/", more.GetAttribute("href"));
        Assert.Equal("All 64 pages of this section", more.TextContent);
    }

    private List<string?> SectionLinks(string section)
    {
        var heading = Site.Html("/en/search/").QuerySelectorAll(".site-index h3").Single(h => h.TextContent == section);
        return heading.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
    }
}
