using Transparency.Checks.Oit;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Oit;

/// <summary>The build writes the coverage report into the site, and a failing item never stops the build.</summary>
public sealed class CoveragePageTests : SiteTest
{
    [Fact]
    public async Task SiteWithFailingItemsStillBuildsAndItsReportSaysWhy()
    {
        Site.Page("about/contact.th.md", "ข้อมูลการติดต่อ", "ที่อยู่ 1 หมู่ 1", "oit: [O5]\n");

        var result = await Site.BuildAsync();

        Assert.NotNull(result.Coverage);
        Assert.Equal(ItemStatus.Incomplete, result.Coverage.Items.Single(i => i.Code == "O5").Status);
        Assert.Equal(42, result.Coverage.Count(ItemStatus.Missing));
        var page = Site.Html("th/ita/coverage/index.html");
        Assert.Equal("ไม่ครบถ้วน", page.QuerySelector("#O5 .status")!.TextContent);
        Assert.Contains("แผนที่ตั้ง", page.QuerySelector("#O5")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Missing", Site.Html("en/ita/coverage/index.html").QuerySelector("#O1 .status")!.TextContent);
        Assert.True(Site.Exists("ita/coverage.json"));
        Assert.True(Site.Exists("ita/coverage-junit.xml"));
    }

    [Fact]
    public async Task ReportIsLinkedFromTheItaPageAndListedInTheSitemap()
    {
        await Site.BuildAsync();

        Assert.NotNull(Site.Html("th/ita/index.html").QuerySelector("a[href='/th/ita/coverage/']"));
        Assert.Contains("https://test.example/en/ita/coverage/", File.ReadAllText(Path.Combine(Site.Output, "sitemap.xml")), StringComparison.Ordinal);
    }
}
