using System.Diagnostics;

namespace Transparency.Bench.Search;

/// <summary>
/// Runs Pagefind (installed by <c>npm ci --prefix bench/tools</c>) over a built site, on its main region as our index
/// reads it, leaving out the site index of the search page, which lists every page.
/// </summary>
internal static class PagefindRun
{
    public const string Folder = "pagefind";

    public static TimeSpan Index(string repository, string site)
    {
        var executable = Path.Combine(repository, "bench", "tools", "node_modules", ".bin", "pagefind");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Pagefind is not installed: run npm ci --prefix bench/tools ({executable} is missing).");
        }

        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--site", site, "--root-selector", "main", "--exclude-selectors", ".site-index", "--quiet" },
            RedirectStandardOutput = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pagefind exited with {process.ExitCode}.");
        }

        return clock.Elapsed;
    }
}
