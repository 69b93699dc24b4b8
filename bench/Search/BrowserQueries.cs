using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Transparency.Bench.Search;

/// <summary>
/// Runs queries in headless Chromium against a served site, each in a fresh browser context (nothing cached), through
/// our search page and through Pagefind's own JavaScript API, and measures bytes fetched and time per query.
/// </summary>
internal sealed class BrowserQueries(IBrowser browser, Uri site)
{
    public const int Depth = 5;

    private const string Ready = "q => document.getElementById('search-results').dataset.ready === q";

    // Pagefind's API: the first five results' addresses, and the time from the call to the results' data.
    private const string PagefindSearch = """
        async q => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.init();
          const start = performance.now();
          const search = await pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 5).map(r => r.data()));
          return { ms: performance.now() - start, urls: data.map(d => d.url) };
        }
        """;

    /// <summary>Our page: loads the search page, then types the query and waits for the results it shows.</summary>
    public async Task<QueryMeasure> OursAsync(string language, string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = Watch(page, path => path.Contains("/search/", StringComparison.Ordinal) || path.EndsWith("/search.js", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(site, $"/{language}/search/").AbsoluteUri);
        await page.WaitForFunctionAsync(Ready, string.Empty);
        var clock = Stopwatch.StartNew();
        await page.FillAsync("#search-page-q", query);
        await page.PressAsync("#search-page-q", "Enter");
        await page.WaitForFunctionAsync(Ready, query, new PageWaitForFunctionOptions { PollingInterval = 5 });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var urls = await page.EvalOnSelectorAllAsync<string[]>("#search-results ol a", "links => links.slice(0, 5).map(a => a.getAttribute('href'))");
        return await MeasureAsync(urls, fetched, elapsed);
    }

    /// <summary>Pagefind: from a page of the language (Pagefind picks its index by the page's language), through its API.</summary>
    public async Task<QueryMeasure> PagefindAsync(string language, string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = Watch(page, path => path.StartsWith("/pagefind/", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(site, $"/{language}/").AbsoluteUri);
        var result = await page.EvaluateAsync<PagefindAnswer>(PagefindSearch, query);
        return await MeasureAsync(result.Urls, fetched, result.Ms);
    }

    /// <summary>Collects the bodies of the search's own files (script and index), not the page's HTML, styles or fonts.</summary>
    private static ConcurrentBag<(string Path, Task<byte[]> Body)> Watch(IPage page, Func<string, bool> isSearchFile)
    {
        var bodies = new ConcurrentBag<(string, Task<byte[]>)>();
        page.Response += (_, response) =>
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (isSearchFile(path) && response.Request.ResourceType != "document")
            {
                bodies.Add((path, response.BodyAsync()));
            }
        };
        return bodies;
    }

    private static async Task<QueryMeasure> MeasureAsync(IReadOnlyList<string> urls, ConcurrentBag<(string Path, Task<byte[]> Body)> fetched, double milliseconds)
    {
        var files = new List<(string Path, int Bytes)>();
        var gzipped = 0L;
        foreach (var (path, body) in fetched)
        {
            var bytes = await body;
            files.Add((path, bytes.Length));
            gzipped += FolderSize.Gzipped(bytes);
        }

        return new QueryMeasure(urls, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), files.Sum(f => (long)f.Bytes), gzipped, milliseconds);
    }

    /// <summary>What the page script returns; Playwright fills it through a parameterless constructor.</summary>
    private sealed class PagefindAnswer
    {
        public double Ms { get; set; }

        public string[] Urls { get; set; } = [];
    }
}
