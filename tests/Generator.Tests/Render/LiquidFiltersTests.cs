using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class LiquidFiltersTests : IDisposable
{
    private readonly SiteFixture site = new();

    [Fact]
    public async Task ThaiDigitsOptionWritesThaiDigitsOnThaiPagesOnly()
    {
        site.Write("site.yaml", SiteFixture.SiteYaml + "\nthai_digits: true\n")
            .Page("news/fair.th.md", "งานวัด", frontMatter: "date: 2569-11-10\nfiscal_year: 2570\n");

        await site.BuildAsync();

        var thai = site.Html("/th/news/fair/");
        Assert.Equal("๑๐ พฤศจิกายน ๒๕๖๙", thai.QuerySelector(".page-meta time")!.TextContent);
        Assert.Equal("๐ ๒๐๐๐ ๐๐๐๐", thai.QuerySelector("a[href^='tel:']")!.TextContent);
        Assert.Equal("10 November 2026", site.Html("/en/news/fair/").QuerySelector(".page-meta time")!.TextContent);
    }

    [Fact]
    public async Task DatesUseArabicDigitsByDefault()
    {
        site.Page("news/fair.th.md", "งานวัด", frontMatter: "date: ๑๐ พ.ย. ๖๙\n");

        await site.BuildAsync();

        Assert.Equal("10 พฤศจิกายน 2569", site.Html("/th/news/fair/").QuerySelector(".page-meta time")!.TextContent);
    }

    public void Dispose() => site.Dispose();
}
