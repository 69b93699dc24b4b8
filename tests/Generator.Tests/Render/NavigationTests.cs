using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class NavigationTests : SiteTest
{
    [Fact]
    public async Task MenuListsOnlySectionsTheSiteHas()
    {
        Site.Page("about/index.th.md", "เกี่ยวกับเรา").Page("about/index.en.md", "About");

        await Site.BuildAsync();

        var menu = Site.Html("/en/").QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/en/about/", "/en/documents/", "/en/ita/", "/en/search/"], menu);
    }
}
