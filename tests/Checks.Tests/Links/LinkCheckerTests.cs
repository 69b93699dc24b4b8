using Transparency.Checks.Links;
using Transparency.Checks.Tests.Support;

namespace Transparency.Checks.Tests.Links;

public sealed class LinkCheckerTests : IDisposable
{
    private readonly SiteFolder site = new SiteFolder()
        .Page("th/index.html", """<a href="/th/ita/#O21">ITA</a> <a href="ita/">ITA</a> <a href="#top">top</a><h1 id="top">x</h1>""")
        .Page("th/ita/index.html", """<table><tr id="O21"><td>O21</td></tr></table>""")
        .File("documents/2570/plan.pdf", "%PDF");

    [Fact]
    public void LinksToPagesAndAnchorsThatExistPass()
    {
        var report = LinkChecker.Check(site.Built());

        Assert.Empty(report.Broken);
        Assert.Equal(3, report.ReferencesChecked);
    }

    [Fact]
    public void LinkToAMissingPageIsBrokenAndNamesItsPage()
    {
        site.Page("en/index.html", """<p><a href="/en/budget/">Budget</a></p>""");

        var broken = Assert.Single(LinkChecker.Check(site.Built()).Broken);

        Assert.Equal(("en/index.html", "/en/budget/"), (broken.Source, broken.Target));
        Assert.Contains("no file", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FragmentWithoutItsElementIsBroken()
    {
        site.Page("en/index.html", """<a href="/th/ita/#O99">O99</a>""");

        var broken = Assert.Single(LinkChecker.Check(site.Built()).Broken);

        Assert.Contains("no element with id 'O99' on /th/ita/", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDownloadAndStylesheetAreBroken()
    {
        site.Page("en/index.html", """<link rel="stylesheet" href="/assets/site.css"><a href="/documents/2570/plan.pdf">ok</a><a href="/documents/2570/gone.pdf">gone</a>""");

        var targets = LinkChecker.Check(site.Built()).Broken.Select(b => b.Target);

        Assert.Equal(["/assets/site.css", "/documents/2570/gone.pdf"], targets);
    }

    [Fact]
    public void FontsReferencedByStylesheetsAreChecked()
    {
        site.File("assets/css/fonts.css", """@font-face { src: url("../fonts/thai.woff2") format("woff2"); }""");

        var broken = Assert.Single(LinkChecker.Check(site.Built()).Broken);

        Assert.Equal(("assets/css/fonts.css", "../fonts/thai.woff2"), (broken.Source, broken.Target));
    }

    [Fact]
    public void ExternalLinksAreListedNotFetchedAndOwnAbsoluteLinksAreChecked()
    {
        site.Page("en/index.html", """<a href="https://www.nacc.go.th/">NACC</a><a href="https://www.example.go.th/en/missing/">self</a><a href="mailto:a@b.th">mail</a>""");

        var report = LinkChecker.Check(site.Built(), new Uri("https://www.example.go.th/"));

        Assert.Equal(["https://www.nacc.go.th/"], report.ExternalLinks.Keys);
        Assert.Equal("https://www.example.go.th/en/missing/", Assert.Single(report.Broken).Target);
    }

    [Fact]
    public void SiteUnderASubFolderResolvesItsOwnPaths()
    {
        site.Page("en/index.html", """<a href="/portal/th/ita/#O21">ITA</a><a href="/th/ita/">outside</a>""");

        var broken = Assert.Single(LinkChecker.Check(site.Built("/portal/")).Broken, b => b.Source == "en/index.html");

        Assert.Equal("/th/ita/", broken.Target);
    }

    public void Dispose() => site.Dispose();
}
