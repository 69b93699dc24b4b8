using Transparency.Checks.Oit;
using Transparency.Checks.Oit.Output;
using Transparency.Checks.Site;
using Transparency.Generator.Model;
using Transparency.Generator.Render;

namespace Transparency.Generator.Build;

/// <summary>
/// Checks the OIT items over the freshly rendered pages, then draws the coverage page in both languages and writes the same
/// report as JSON and JUnit XML. Failing items are reported, never a reason to stop the build.
/// </summary>
internal static class CoverageStep
{
    public static async Task<CoverageReport?> RunAsync(Site site, PageRenderer renderer, UrlScheme urls, string staging, DateOnly asOf)
    {
        if (site.Find(BuiltInPages.CoverageKey) is not { } page || !site.Criteria.Items.Any())
        {
            return null;
        }

        var report = CoverageChecker.Check(new BuiltSite(staging, urls.BasePath), site.Criteria, asOf, Languages.Thai, new Uri(urls.Absolute(urls.BasePath)));
        foreach (var language in Languages.All)
        {
            await renderer.RenderPageAsync(page, language, CoverageViews.Build(report, site.Strings, language, urls), staging).ConfigureAwait(false);
        }

        Directory.CreateDirectory(Path.Combine(staging, "ita"));
        await File.WriteAllTextAsync(Path.Combine(staging, CoverageViews.JsonFile), CoverageJson.Write(report)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(staging, CoverageViews.JunitFile), CoverageJUnit.Write(report)).ConfigureAwait(false);
        return report;
    }
}
