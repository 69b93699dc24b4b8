using Transparency.Generator.Render;

namespace Transparency.Generator.Tests.Render;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new(new UrlScheme("https://example.go.th/portal/"));

    [Fact]
    public void SiteLinksPointIntoThePageLanguage() =>
        Assert.Contains("href=\"/portal/en/procurement/plan/\"", renderer.ToHtml("[plan](/procurement/plan/)", "en"), StringComparison.Ordinal);

    [Fact]
    public void DocumentLinksStayLanguageNeutral() =>
        Assert.Contains("href=\"/portal/documents/2570/plan.pdf\"", renderer.ToHtml("[plan](/documents/2570/plan.pdf)", "th"), StringComparison.Ordinal);

    [Fact]
    public void ExternalAndRelativeLinksAreLeftAlone()
    {
        var html = renderer.ToHtml("[a](https://nacc.go.th/) [b](plan/)", "th");

        Assert.Contains("href=\"https://nacc.go.th/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"plan/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptsAndEventHandlersAreRemoved()
    {
        var html = renderer.ToHtml("<script>alert(1)</script>\n\n<img src=\"/assets/a.png\" onerror=\"alert(2)\">", "th");

        Assert.DoesNotContain("script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/a.png\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LineBreaksInTableCellsAreKept() =>
        Assert.Contains("<td>บริษัท ก<br>บริษัท ข</td>", renderer.ToHtml("| ผู้เสนอราคา |\n|---|\n| บริษัท ก<br>บริษัท ข |", "th"), StringComparison.Ordinal);

    [Fact]
    public void HeadingsKeepTheirAnchorsInBothScripts()
    {
        Assert.Contains("<h2 id=\"problems\">", renderer.ToHtml("## Problems", "en"), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"ปัญหาและอุปสรรค\">", renderer.ToHtml("## ปัญหาและอุปสรรค", "th"), StringComparison.Ordinal);
    }

    [Fact]
    public void PipeTablesBecomeTablesTheKeyboardCanScroll() =>
        Assert.Contains("<table tabindex=\"0\">", renderer.ToHtml("| ลำดับ | งาน |\n|---|---|\n| 1 | ถนน |", "th"), StringComparison.Ordinal);
}
