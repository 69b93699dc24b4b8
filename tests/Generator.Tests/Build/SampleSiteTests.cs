using Transparency.Checks.Links;
using Transparency.Checks.Site;
using Transparency.Checks.Weight;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Build;

public sealed class SampleSiteTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private const string BaseUrl = "https://www.khlongphruksa.go.th/";

    [Fact]
    public void HomePagesExistInBothLanguages()
    {
        Assert.Contains("th/index.html", sample.HtmlFiles);
        Assert.Contains("en/index.html", sample.HtmlFiles);
    }

    [Fact]
    public void EveryThaiPageHasAnEnglishCounterpartAndTheReverse()
    {
        var thai = sample.HtmlFiles.Where(f => f.StartsWith("th/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();
        var english = sample.HtmlFiles.Where(f => f.StartsWith("en/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();

        Assert.Equal(thai, english);
        Assert.True(thai.Count > 60, $"only {thai.Count} pages per language");
    }

    [Fact]
    public void EveryPageIsWrittenInBothLanguagesWithoutWarnings() => Assert.Empty(sample.Result.Warnings);

    [Fact]
    public void EveryHreflangLinkPointsToAFileThatExists()
    {
        foreach (var file in sample.HtmlFiles)
        {
            foreach (var link in sample.Html(file).QuerySelectorAll("link[hreflang]"))
            {
                var href = link.GetAttribute("href")!;
                Assert.StartsWith(BaseUrl, href, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(sample.Output, href[BaseUrl.Length..], "index.html")), $"{file}: hreflang {href} has no file");
            }
        }
    }

    [Fact]
    public void EveryInternalLinkResourceAndAnchorResolves()
    {
        var report = LinkChecker.Check(new BuiltSite(sample.Output), new Uri(BaseUrl));

        Assert.Empty(report.Broken.Select(b => $"{b.Source}: {b.Target} {b.Reason}"));
        Assert.True(report.ReferencesChecked > 1000, $"only {report.ReferencesChecked} references checked");
    }

    [Fact]
    public void EveryPageStaysWithinTheWeightBudget()
    {
        var report = PageWeigher.Weigh(new BuiltSite(sample.Output), new WeightBudget());

        Assert.Empty(report.OverBudget);
        Assert.Equal(sample.HtmlFiles.Count, report.Pages.Count);
    }

    [Fact]
    public void ItaMenuLinksEveryOitItemToAPublishingPage()
    {
        foreach (var language in new[] { "th", "en" })
        {
            var rows = sample.Html($"{language}/ita/index.html").QuerySelectorAll(".ita-table tbody tr");
            var unpublished = rows.Where(r => r.QuerySelector("td a") is null).Select(r => r.Id).ToList();
            Assert.Equal(43, rows.Length);
            Assert.Empty(unpublished);
        }
    }
}
