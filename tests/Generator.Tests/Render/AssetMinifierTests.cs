using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class AssetMinifierTests : SiteTest
{
    [Fact]
    public async Task ThemeScriptsAndStylesArePublishedMinified()
    {
        await Site.BuildAsync();

        var css = Site.Read("assets/css/site.css");
        var js = Site.Read("assets/js/search.js");
        Assert.True(css.Length < new FileInfo(Path.Combine(Site.Theme, "assets", "css", "site.css")).Length * 0.9);
        Assert.True(js.Length < new FileInfo(Path.Combine(Site.Theme, "assets", "js", "search.js")).Length * 0.7);
        Assert.DoesNotContain("/*", css, StringComparison.Ordinal);
        Assert.Contains(".name-part{white-space:nowrap}", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStyleSheetLeftOpenStopsTheBuildNamingTheFile()
    {
        var theme = Site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "assets", "css", "print.css"), "@media (min-width: 64em) {\n  .chart { width: 50%; }\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal("theme/assets/css/print.css", error.File);
        Assert.Contains("end of file", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AScriptWithASyntaxErrorStopsTheBuildNamingFileAndLine()
    {
        var theme = Site.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "assets", "js", "search.js"), "(function () {\n  var x = ;\n})();\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(("theme/assets/js/search.js", 2), (error.File, error.Line));
    }
}
