using System.Diagnostics;
using System.Globalization;

namespace Transparency.Bench;

/// <summary>Prints the measured runs and their summary, with a row ready for the README's results table.</summary>
internal static class BenchmarkReport
{
    private const double Megabyte = 1024 * 1024;

    public static void RunLine(int run, MeasuredBuild build) => Write(
        $"Run {run}: {build.Elapsed.TotalSeconds:0.00} s, {build.PagesPerSecond:N0} pages/s, {build.Cpu.TotalSeconds:0.00} s CPU, {build.JitMethods:N0} methods JIT-compiled");

    public static void Summary(int pages, SyntheticSummary site, IReadOnlyList<MeasuredBuild> runs, string output)
    {
        var median = runs.OrderBy(r => r.Elapsed).ElementAt((runs.Count - 1) / 2);
        var best = runs.MinBy(r => r.Elapsed)!;
        var cpu = runs.Select(r => r.Cpu.TotalSeconds).Order().ElementAt((runs.Count - 1) / 2);
        var first = runs[0];
        var perLanguage = string.Join(" + ", first.Result.PagesPerLanguage.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0} {p.Key}")));
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        var size = files.Sum() / Megabyte;
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / Megabyte;
        Write($"Check: /th/{site.SampleKey}/ and /en/{site.SampleKey}/ exist and show their titles.");
        Write($"Pages written:    {first.PagesWritten:N0} ({perLanguage}), {first.Result.Warnings.Count} warnings");
        Write($"Elapsed:          {median.Elapsed.TotalSeconds:0.00} s median, {best.Elapsed.TotalSeconds:0.00} s best of {runs.Count}");
        Write($"Pages per second: {median.PagesPerSecond:N0} median, {best.PagesPerSecond:N0} best");
        Write($"CPU time:         {cpu:0.00} s median (processor time of all threads; less disturbed by other load than elapsed time)");
        Write($"Peak working set: {peak:N0} MB (whole process)");
        Write($"Allocated:        {median.Allocated / Megabyte / 1024:0.0} GB per build");
        Write($"Output:           {size:N1} MB in {files.Count:N0} files");
        Write($"README row:       | {pages:N0} | {first.PagesWritten:N0} | {runs.Count} | {best.Elapsed.TotalSeconds:0.0} ({median.Elapsed.TotalSeconds:0.0}) | {best.PagesPerSecond:N0} ({median.PagesPerSecond:N0}) | {cpu:0.0} | {peak:N0} | {median.Allocated / Megabyte / 1024:0.0} | {size:N1} MB, {files.Count:N0} files |");
    }

    public static void Write(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
