using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Transparency.Browser.Tests.Support;

/// <summary>Runs a check on every page of the sitemap in a few reused tabs, and gathers its problems as "path: problem".</summary>
internal static class EveryPage
{
    // Opening a tab starts a renderer process, which costs more than a page load: each tab visits many pages.
    private static readonly int Tabs = Math.Max(2, Environment.ProcessorCount);

    public static async Task<IReadOnlyList<string>> CheckAsync(
        BrowserSite site, int width, Func<IPage, string, Task<IEnumerable<string>>> check)
    {
        var queue = new ConcurrentQueue<string>(site.Pages);
        var problems = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async _ =>
        {
            // A context per tab gives each its own HTTP cache: tabs sharing one can wait on each other's cache entries,
            // and a font fetched by two tabs at once stalled past the test's patience.
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 800 },
            });
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var path))
            {
                foreach (var problem in await check(page, path))
                {
                    problems.Add($"{path}: {problem}");
                }
            }
        }));
        return problems.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Fails with every problem on its own line: xunit's collection message would cut the list short.</summary>
    public static void AssertNone(IReadOnlyList<string> problems, string what) =>
        Assert.True(problems.Count == 0, $"{what} ({problems.Count}):\n" + string.Join('\n', problems));
}
