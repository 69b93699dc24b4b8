using System.Diagnostics;
using System.Runtime;
using Transparency.Generator.Build;

namespace Transparency.Bench;

/// <summary>One timed build of <c>FOLDER/input</c> into <c>FOLDER/_site</c>: what it reported and what it cost.</summary>
internal sealed record MeasuredBuild(BuildResult Result, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, long JitMethods)
{
    /// <summary>A fixed build time, so that two runs of the same input write the same site.</summary>
    private static readonly DateTimeOffset BuildTime = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(7));

    public int PagesWritten => Result.PagesPerLanguage.Values.Sum();

    public double PagesPerSecond => PagesWritten / Elapsed.TotalSeconds;

    public static Task<MeasuredBuild> RunAsync(string folder, string theme) =>
        RunAsync(Path.Combine(folder, "_site"), Path.Combine(folder, "input"), theme);

    /// <summary>One timed build of <paramref name="input"/> into <paramref name="output"/>.</summary>
    public static async Task<MeasuredBuild> RunAsync(string output, string input, string theme)
    {
        // Start each run from an empty output, so that deleting the previous site is not counted in the next run.
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = ProcessorTime();
        var jitted = JitInfo.GetCompiledMethodCount();
        var clock = Stopwatch.StartNew();
        var result = await SiteBuilder.BuildAsync(new BuildOptions(input, theme, output, BuildTime)).ConfigureAwait(false);
        return new MeasuredBuild(
            result,
            clock.Elapsed,
            ProcessorTime() - cpu,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            JitInfo.GetCompiledMethodCount() - jitted);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
