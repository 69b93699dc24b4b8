using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load;

public sealed class UiStringsReaderTests : SiteTest
{
    [Fact]
    public async Task KeyMissingFromOneLanguageFailsTheBuildNamingKeyAndFile()
    {
        var theme = Site.CopyTheme();
        var english = Path.Combine(theme, "i18n", "en.yaml");
        File.WriteAllText(english, File.ReadAllText(english).Replace("  procurement: Procurement\n", string.Empty, StringComparison.Ordinal));

        var errors = await Site.BuildFailingAsync();

        var error = Assert.Single(errors);
        Assert.Equal("theme/i18n/en.yaml", error.File);
        Assert.Contains("'nav.procurement'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyUsedByATemplateButDefinedNowhereFailsTheBuild()
    {
        var theme = Site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "partials", "footer.liquid"), "{{ 'footer.nowhere' | t }}\n");

        var errors = await Site.BuildFailingAsync();

        Assert.Equal(["theme/i18n/en.yaml", "theme/i18n/th.yaml"], errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains("'footer.nowhere' used in theme/partials/footer.liquid", e.Message, StringComparison.Ordinal));
    }
}
