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
    public void RawHtmlIsShownAsTextNotRun() =>
        Assert.DoesNotContain("<script>", renderer.ToHtml("<script>alert(1)</script>", "th"), StringComparison.Ordinal);

    [Fact]
    public void PipeTablesBecomeTables() =>
        Assert.Contains("<table>", renderer.ToHtml("| ลำดับ | งาน |\n|---|---|\n| 1 | ถนน |", "th"), StringComparison.Ordinal);
}
