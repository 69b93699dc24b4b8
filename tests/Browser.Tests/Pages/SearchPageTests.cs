using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Transparency.Browser.Tests.Support;
using Transparency.Generator.Tests.Search;
using Xunit.Abstractions;

namespace Transparency.Browser.Tests.Pages;

/// <summary>The search page in Chromium, with its real script and the static index of the built sample site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserSite site, ITestOutputHelper output)
{
    private const string Ready = "q => document.getElementById('search-results').dataset.ready === q";

    [SkippableTheory]
    [InlineData("th", "จัดซื้อจัดจ้าง", "/th/procurement/")]
    [InlineData("th", "สถิติเรื่องร้องเรียน", "/th/complaints/2570/statistics/")]
    [InlineData("th", "รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๙", "/th/budget/2569/report/")]
    [InlineData("th", "งบประมาน", "/th/budget/")]
    [InlineData("en", "procurement plan", "/en/procurement/2570/plan/")]
    [InlineData("en", "Dengue", "/en/news/big-cleaning-dengue-2569/")]
    public async Task TypingAQueryShowsTheExpectedPageAmongTheFirstResultsAndPutsItInTheAddress(string language, string query, string expected)
    {
        var page = await OpenAsync($"/{language}/search/");
        await page.FillAsync("#search-page-q", query);
        await page.PressAsync("#search-page-q", "Enter");
        await page.WaitForFunctionAsync(Ready, query);

        Assert.Contains(expected, (await ResultUrlsAsync(page)).Take(3));
        Assert.Equal(query, new Uri(page.Url).Query.Length > 0 ? System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"] : null);
        Assert.Equal("search-results-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [SkippableFact]
    public async Task MatchedThaiWordsAreHighlightedWholeInTheResults()
    {
        var page = await SearchAsync("th", "ร้องเรียน");
        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(m, new[] { "ร้องเรียน", "ร้อง", "เรียน" }));
    }

    [SkippableFact]
    public async Task TheSectionFilterKeepsOnlyThatSectionAndStaysInTheAddress()
    {
        var page = await SearchAsync("th", "รายงาน");
        await page.SelectOptionAsync("#search-section", "budget");
        await page.WaitForURLAsync(url => url.Contains("section=budget", StringComparison.Ordinal));
        await page.WaitForFunctionAsync(Ready, "รายงาน");

        var urls = await ResultUrlsAsync(page);
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("/th/budget/", u, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task NothingFoundSaysSoAndSuggestsSections()
    {
        var page = await SearchAsync("en", "qwzxv");

        Assert.Empty(await ResultUrlsAsync(page));
        Assert.Contains("qwzxv", await page.TextContentAsync("#search-results-heading"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".no-results .suggestions a").CountAsync() >= 5);
    }

    [SkippableFact]
    public async Task ResultsHaveNoWcag21Violations()
    {
        var page = await SearchAsync("th", "แผนการจัดซื้อจัดจ้าง");
#pragma warning disable CS0618
        // Legacy mode, as in AccessibilityTests: the site has no frames for the newer mode to merge.
        var result = await page.RunAxeLegacy(options: new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
#pragma warning restore CS0618
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }

    [SkippableFact]
    public async Task TheWholeQuerySetFindsItsPagesInTheFirstFiveOnTheSearchPage()
    {
        var page = await OpenAsync("/th/search/");
        var answers = new List<(SearchQuery, IReadOnlyList<string>)>();
        foreach (var query in QuerySet.Load())
        {
            await page.GotoAsync(site.Url($"/{query.Lang}/search/?q={Uri.EscapeDataString(query.Q)}"));
            await page.WaitForFunctionAsync(Ready, query.Q);
            answers.Add((query, await ResultUrlsAsync(page)));
        }

        var misses = QuerySet.Misses(answers);
        var recall = 1 - ((double)misses.Count / answers.Count);
        var report = $"recall@5 {recall:P1} ({misses.Count} of {answers.Count} missed):\n" + string.Join('\n', misses);
        output.WriteLine(report);
        Assert.True(recall >= QuerySet.RequiredRecall, report);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        return page;
    }

    private async Task<IPage> SearchAsync(string language, string query)
    {
        var page = await OpenAsync($"/{language}/search/?q={Uri.EscapeDataString(query)}");
        await page.WaitForFunctionAsync(Ready, query);
        return page;
    }

    private static async Task<IReadOnlyList<string>> ResultUrlsAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#search-results ol a", "links => links.map(a => a.getAttribute('href'))");
}
