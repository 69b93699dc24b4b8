using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Transparency.Browser.Tests.Support;
using Transparency.Generator.Tests.Support;

namespace Transparency.Browser.Tests.Pages;

/// <summary>Writes screenshots of the key pages to tests/screenshots/ (ignored by git) for a person to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    // The monthly procurement pages come from data (/procurement/<year>/<month>/): the first one in the sitemap is taken.
    private static readonly Regex MonthlyProcurement = new(@"^/th(/procurement/\d{4}/\d{1,2}/)$", RegexOptions.CultureInvariant);

    private static readonly string[] Languages = ["th", "en"];

    private static readonly int[] Widths = [360, 1280];

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "screenshots");

    [SkippableFact]
    public async Task HomeProcurementBudgetAndItaPagesAreCapturedInBothLanguagesAtPhoneAndDesktopWidths()
    {
        var browser = site.Browser;
        Directory.CreateDirectory(Folder);
        var problems = new List<string>();
        var month = site.Pages.Select(p => MonthlyProcurement.Match(p)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        if (month is null)
        {
            problems.Add("no monthly procurement page (/th/procurement/<year>/<month>/) in the sitemap");
        }

        (string Name, string Path)[] keyPages = [("home", "/"), ("procurement-month", month ?? "/procurement/"), ("budget", "/budget/"), ("ita", "/ita/")];
        foreach (var width in Widths)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 800 },
            });
            var page = await context.NewPageAsync();
            foreach (var (name, path) in keyPages)
            {
                foreach (var language in Languages)
                {
                    var sitePath = $"/{language}{path}";
                    var response = await page.GotoAsync(site.Url(sitePath));
                    if (response?.Status != 200 || !site.Pages.Contains(sitePath))
                    {
                        problems.Add($"{sitePath}: HTTP {response?.Status}, in sitemap: {site.Pages.Contains(sitePath)}");
                        continue;
                    }

                    // Web fonts swap in after load; a screenshot before that shows the fallback font.
                    await page.EvaluateAsync("() => document.fonts.ready");
                    var file = Path.Combine(Folder, $"{name}-{language}-{width}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    if (new FileInfo(file).Length == 0)
                    {
                        problems.Add($"{file}: empty screenshot");
                    }
                }
            }
        }

        EveryPage.AssertNone(problems, "Key pages that could not be captured");
    }
}
