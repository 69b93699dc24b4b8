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
                Assert.True(sample.Resolves(href[(BaseUrl.Length - 1)..]), $"{file}: hreflang {href} has no file");
            }
        }
    }

    [Fact]
    public void EveryInternalLinkAndResourceResolves()
    {
        var broken = new List<string>();
        foreach (var file in sample.HtmlFiles)
        {
            var document = sample.Html(file);
            var targets = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal));
            broken.AddRange(targets.Where(t => !sample.Resolves(t)).Select(t => $"{file} → {t}"));
        }

        Assert.Empty(broken);
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
