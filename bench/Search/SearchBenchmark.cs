using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Transparency.Browser.Tests.Support;
using Transparency.Generator.Load;
using Transparency.Generator.Render;
using Transparency.Generator.Search;
using Transparency.Generator.Tests.Search;

namespace Transparency.Bench.Search;

/// <summary>
/// Measures the search of a built site: index build time and bytes, then every query of the query set in headless
/// Chromium (bytes fetched, time, and recall@5 when the site is the sample organisation), ours and Pagefind's.
/// </summary>
internal static class SearchBenchmark
{
    private const string ChromiumPath = "/usr/bin/chromium";

    public static async Task RunAsync(string repository, string input, string theme, string builtSite, bool measureRecall)
    {
        var site = SiteLoader.Load(input, theme);
        var clock = Stopwatch.StartNew();
        SearchIndexBuilder.Build(site, new UrlScheme(site.Config.BaseUrl), builtSite);
        var indexTime = clock.Elapsed;
        var ours = FolderSize.Of(Path.Combine(builtSite, "search"), f => !f.Contains($"{Path.DirectorySeparatorChar}lucene{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var lucene = FolderSize.Of(Path.Combine(builtSite, "search"), f => f.Contains($"{Path.DirectorySeparatorChar}lucene{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var pagefindTime = PagefindRun.Index(repository, builtSite);
        var pagefind = FolderSize.Of(Path.Combine(builtSite, PagefindRun.Folder));
        BenchmarkReport.Write($"Index build:      ours {indexTime.TotalSeconds:0.0} s (Lucene, both languages, export included); Pagefind {pagefindTime.TotalSeconds:0.0} s");
        BenchmarkReport.Write($"Index bytes:      ours {ours.Bytes / 1024.0:N0} KB in {ours.Files:N0} files ({ours.GzipBytes / 1024.0:N0} KB gzipped), plus the Lucene index for the command line {lucene.Bytes / 1024.0:N0} KB; Pagefind {pagefind.Bytes / 1024.0:N0} KB in {pagefind.Files:N0} files");

        var (server, address) = await StaticSiteServer.StartAsync(builtSite).ConfigureAwait(false);
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        }).ConfigureAwait(false);
        try
        {
            var queries = QuerySet.Load();
            var runner = new BrowserQueries(browser, address);
            var ourRuns = new List<QueryMeasure>();
            var pagefindRuns = new List<QueryMeasure>();
            foreach (var query in queries)
            {
                ourRuns.Add(await runner.OursAsync(query.Lang, query.Q).ConfigureAwait(false));
                pagefindRuns.Add(await runner.PagefindAsync(query.Lang, query.Q).ConfigureAwait(false));
            }

            Report("Ours", queries, ourRuns, measureRecall);
            Report("Pagefind", queries, pagefindRuns, measureRecall);
        }
        finally
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void Report(string name, IReadOnlyList<SearchQuery> queries, IReadOnlyList<QueryMeasure> runs, bool measureRecall)
    {
        var bytes = runs.Select(r => r.Bytes).Order().ToList();
        var gzip = runs.Select(r => r.GzipBytes).Order().ToList();
        var times = runs.Select(r => r.Milliseconds).Order().ToList();
        BenchmarkReport.Write($"{name,-9} per query ({runs.Count} queries, cold cache): fetched {Median(bytes) / 1024.0:N1} KB median, {bytes[^1] / 1024.0:N1} KB max ({Median(gzip) / 1024.0:N1} / {gzip[^1] / 1024.0:N1} KB gzipped); time {Median(times):N0} ms median, {times[(int)(times.Count * 0.95)]:N0} ms p95");
        // The heaviest query's files tell which part of the index to make smaller.
        var (heaviest, query) = runs.Zip(queries).MaxBy(r => r.First.Bytes);
        var files = string.Join(", ", heaviest.Files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Path} {f.Bytes / 1024.0:N1}")));
        BenchmarkReport.Write($"{name,-9} heaviest “{query.Q}” (KB): {files}");
        if (!measureRecall)
        {
            return;
        }

        var misses = QuerySet.Misses(queries.Zip(runs, (q, r) => (q, r.Urls)));
        var documents = queries.Where(q => q.Page.StartsWith("/documents/", StringComparison.Ordinal)).ToList();
        var pageMisses = misses.Count(m => !documents.Any(d => m.StartsWith(d.ToString(), StringComparison.Ordinal)));
        BenchmarkReport.Write($"{name,-9} recall@5: {1 - ((double)misses.Count / queries.Count):P1} ({misses.Count} of {queries.Count} missed; {1 - ((double)pageMisses / (queries.Count - documents.Count)):P1} over the {queries.Count - documents.Count} queries for HTML pages)");
        foreach (var miss in misses)
        {
            BenchmarkReport.Write($"  missed {miss}");
        }
    }

    private static double Median(IReadOnlyList<long> sorted) => sorted[(sorted.Count - 1) / 2];

    private static double Median(IReadOnlyList<double> sorted) => sorted[(sorted.Count - 1) / 2];
}
