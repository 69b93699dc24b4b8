using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Build;

public sealed class TranslationTests : SiteTest
{
    public TranslationTests() => Site
        .Page("about/index.th.md", "เกี่ยวกับเรา", "ประวัติ")
        .Page("about/index.en.md", "About us", "History")
        .Page("about/history.th.md", "ประวัติเทศบาล", "ก่อตั้งเมื่อ พ.ศ. 2542")
        .Page("about/contact-us.th.md", "ติดต่อเรา", "โทร", "translation: contact\n")
        .Page("about/contact.en.md", "Contact us", "Call", "translation: contact\n");

    [Fact]
    public async Task EveryPageIsPublishedInBothLanguages()
    {
        await Site.BuildAsync();

        var thai = Site.HtmlFiles().Where(f => f.StartsWith("th/", StringComparison.Ordinal)).Select(f => f[3..]);
        var english = Site.HtmlFiles().Where(f => f.StartsWith("en/", StringComparison.Ordinal)).Select(f => f[3..]);
        Assert.Equal(thai, english);
        Assert.Contains("about/history/index.html", thai);
    }

    [Fact]
    public async Task MissingTranslationShowsTheOtherLanguageWithANotice()
    {
        await Site.BuildAsync();

        var page = Site.Html("/en/about/history/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("not been translated", page.QuerySelector(".untranslated")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("th", page.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Contains("ก่อตั้งเมื่อ", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Null(Site.Html("/th/about/history/").QuerySelector(".untranslated"));
    }

    [Fact]
    public async Task MissingTranslationIsListedAsAWarning()
    {
        var result = await Site.BuildAsync();

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("input/pages/about/history.th.md", warning, StringComparison.Ordinal);
        Assert.Contains("no en translation", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesWithDifferentNamesArePairedByTranslationKey()
    {
        await Site.BuildAsync();

        var switcher = Site.Html("/th/about/contact-us/").QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/en/about/contact-us/", switcher.GetAttribute("href"));
        Assert.Contains("Call", Site.Html("/en/about/contact-us/").QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageDeclaresItsLanguageAndBothAlternates()
    {
        await Site.BuildAsync();

        foreach (var file in Site.HtmlFiles().Where(f => f.Contains('/', StringComparison.Ordinal)))
        {
            var page = Site.Html(file);
            Assert.Equal(file[..2], page.DocumentElement.GetAttribute("lang"));
            var hreflangs = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).Order(StringComparer.Ordinal);
            Assert.Equal(["en", "th", "x-default"], hreflangs);
        }
    }

    [Fact]
    public async Task LanguageSwitcherLeadsToTheSamePageInTheOtherLanguage()
    {
        await Site.BuildAsync();

        foreach (var file in Site.HtmlFiles().Where(f => f.EndsWith("/index.html", StringComparison.Ordinal) && f.Contains('/', StringComparison.Ordinal)))
        {
            var page = Site.Html(file);
            var other = file.StartsWith("th/", StringComparison.Ordinal) ? "en" : "th";
            var link = page.QuerySelector($".language-switcher a[hreflang={other}]")!;
            Assert.Equal(other, link.GetAttribute("lang"));
            Assert.Equal("/" + other + file[2..^"index.html".Length], link.GetAttribute("href"));
            Assert.True(Site.Exists(link.GetAttribute("href")!), $"{file}: switcher target {link.GetAttribute("href")} missing");
        }
    }
}
