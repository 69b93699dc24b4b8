using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Build;

/// <summary>The validity gate: every page of the sample site passes the Nu Html Checker with zero errors.</summary>
public sealed class HtmlValidityTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [SkippableFact]
    public async Task EveryPageValidatesWithTheNuHtmlChecker()
    {
        var checker = RequireChecker();

        // The pages outside the language folders are written by other code than the layouts: check they are covered.
        var files = sample.HtmlFiles;
        Assert.Contains("index.html", files);
        Assert.Contains("404.html", files);
        Assert.Contains("th/404.html", files);
        Assert.Contains("en/404.html", files);

        var errors = await checker.CheckAsync(sample.Output, files);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors in {files.Count} files:\n{string.Join('\n', errors)}");
    }

    /// <summary>A gate that cannot fail proves nothing: an invalid page must come back as file:line:column message.</summary>
    [SkippableFact]
    public async Task TheCheckerReportsAnInvalidPageWithItsPosition()
    {
        var checker = RequireChecker();
        var folder = Directory.CreateTempSubdirectory("transparency-vnu-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "th"));
            await File.WriteAllTextAsync(
                Path.Combine(folder, "th", "bad.html"),
                "<!DOCTYPE html>\n<html lang=\"th\">\n<head><title>x</title></head>\n<body><p>x</span></p></body>\n</html>\n");

            var errors = await checker.CheckAsync(folder, ["th/bad.html"]);

            Assert.Equal("th/bad.html:4:11 Stray end tag “span”.", Assert.Single(errors).ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static NuHtmlChecker RequireChecker()
    {
        var checker = NuHtmlChecker.Find(out var missing);
        // CI sets CI=true: there a missing checker means a broken setup, which must fail rather than pass as skipped.
        Assert.False(
            checker is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"CI must install java (17 or later) and vnu.jar (`npm ci --prefix tests/tools`) before `dotnet test`: {missing}");
        Skip.If(checker is null, missing);
        return checker;
    }
}
