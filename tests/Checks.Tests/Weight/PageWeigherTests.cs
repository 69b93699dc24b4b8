using Transparency.Checks.Tests.Support;
using Transparency.Checks.Weight;

namespace Transparency.Checks.Tests.Weight;

public sealed class PageWeigherTests : IDisposable
{
    private readonly SiteFolder site = new SiteFolder()
        .File("assets/fonts.css", """@font-face { src: url("thai.woff2"); } @font-face { src: url("latin.woff2"); }""")
        .File("assets/thai.woff2", new byte[3000])
        .File("assets/latin.woff2", new byte[2000])
        .File("assets/site.js", "console.log('x');");

    [Fact]
    public void CountsHtmlStylesScriptsAndFontsSeparately()
    {
        site.Page("th/index.html", """<link rel="stylesheet" href="/assets/fonts.css"><script src="/assets/site.js"></script><p>สวัสดี</p>""");

        var page = Assert.Single(PageWeigher.Weigh(site.Built(), new WeightBudget()).Pages);

        Assert.Equal(5000, page.Fonts);
        Assert.True(page.Html > 0 && page.Styles > 0 && page.Scripts > 0);
        Assert.Equal(page.Html + page.Styles + page.Scripts, page.WithoutFonts);
    }

    [Fact]
    public void PageOverTheBudgetIsReported()
    {
        var random = new Random(7);
        var noise = string.Concat(Enumerable.Range(0, 4000).Select(_ => (char)random.Next(0x0E01, 0x0E2E)));
        site.Page("th/light.html", "<p>เบา</p>").Page("th/heavy.html", $"<p>{noise}</p>");

        var report = PageWeigher.Weigh(site.Built(), new WeightBudget(MaxCompressedBytes: 2048));

        Assert.Equal("th/heavy.html", Assert.Single(report.OverBudget).Page);
        Assert.False(report.Passed);
        Assert.Equal("th/heavy.html", report.Heaviest!.Page);
    }

    [Fact]
    public void FontsOverTheirBudgetFailEvenWhenTheHtmlIsLight()
    {
        site.Page("th/index.html", """<link rel="stylesheet" href="/assets/fonts.css">""");

        var report = PageWeigher.Weigh(site.Built(), new WeightBudget(MaxFontBytes: 4000));

        Assert.False(report.Passed);
    }

    public void Dispose() => site.Dispose();
}
