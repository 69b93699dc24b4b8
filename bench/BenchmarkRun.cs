using System.Diagnostics;
using Transparency.Bench.Search;
using Transparency.Generator.Load;

namespace Transparency.Bench;

/// <summary>Generates the organisation, warms up on a small one, times the real builds, checks each answer and reports.</summary>
internal static class BenchmarkRun
{
    private const int WarmUpPages = 200;

    // Tiered compilation goes on promoting hot methods for several builds after the first; a build that compiles
    // fewer methods than this is taken as warm. The cap bounds the warm-up on a busy machine, where promotion lags.
    private const int SettledJitMethods = 150;
    private const int MaximumWarmUps = 6;

    public static async Task<int> RunAsync(int pages, int runs, int seed, int procurementRows, bool keep, bool search)
    {
        if (RepositoryRoot.Find() is not { } repository)
        {
            return await FailAsync($"no {RepositoryRoot.SolutionFile} above {Directory.GetCurrentDirectory()}; run from inside the repository.").ConfigureAwait(false);
        }

        var theme = Path.Combine(repository, "theme");
        var work = Directory.CreateTempSubdirectory("transparency-bench-").FullName;
        try
        {
            if (await WarmUpAsync(Path.Combine(work, "warm-up"), theme, seed).ConfigureAwait(false) is { } warmUpProblem)
            {
                return await FailAsync(warmUpProblem).ConfigureAwait(false);
            }

            var clock = Stopwatch.StartNew();
            var site = new SyntheticOrganisation(pages, seed, procurementRows).WriteTo(Path.Combine(work, "input"));
            BenchmarkReport.Write($"Generated {site.Pages:N0} pages per language, {site.Documents:N0} documents and {procurementRows:N0} procurement rows (seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s.");
            var measured = new List<MeasuredBuild>();
            for (var run = 1; run <= runs; run++)
            {
                var build = await MeasuredBuild.RunAsync(work, theme).ConfigureAwait(false);
                if (BuildCheck.Problem(Path.Combine(work, "_site"), site, build.Result) is { } problem)
                {
                    return await FailAsync(problem).ConfigureAwait(false);
                }

                BenchmarkReport.RunLine(run, build);
                measured.Add(build);
            }

            BenchmarkReport.Summary(pages, site, measured, Path.Combine(work, "_site"));
            if (search)
            {
                await SearchBenchmark.RunAsync(repository, Path.Combine(work, "input"), theme, Path.Combine(work, "_site"), measureRecall: false).ConfigureAwait(false);
            }

            return 0;
        }
        catch (InputException exception)
        {
            foreach (var error in exception.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
            }

            return await FailAsync("the generated input did not build.").ConfigureAwait(false);
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"Kept the input and the site in {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Builds the sample organisation of <c>input/</c> and measures its search, with recall@5 of the query set.</summary>
    public static async Task<int> SampleSearchAsync()
    {
        if (RepositoryRoot.Find() is not { } repository)
        {
            return await FailAsync($"no {RepositoryRoot.SolutionFile} above {Directory.GetCurrentDirectory()}; run from inside the repository.").ConfigureAwait(false);
        }

        var work = Directory.CreateTempSubdirectory("transparency-bench-").FullName;
        try
        {
            var (input, theme, output) = (Path.Combine(repository, "input"), Path.Combine(repository, "theme"), Path.Combine(work, "_site"));
            var build = await MeasuredBuild.RunAsync(output, input, theme).ConfigureAwait(false);
            BenchmarkReport.Write($"Sample organisation: {build.PagesWritten:N0} pages built in {build.Elapsed.TotalSeconds:0.0} s.");
            await SearchBenchmark.RunAsync(repository, input, theme, output, measureRecall: true).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Builds a small site until JIT compilation settles, so that it is not counted in the measured builds.</summary>
    private static async Task<string?> WarmUpAsync(string folder, string theme, int seed)
    {
        var site = new SyntheticOrganisation(WarmUpPages, seed).WriteTo(Path.Combine(folder, "input"));
        for (var round = 1; round <= MaximumWarmUps; round++)
        {
            var build = await MeasuredBuild.RunAsync(folder, theme).ConfigureAwait(false);
            if (BuildCheck.Problem(Path.Combine(folder, "_site"), site, build.Result) is { } problem)
            {
                return problem;
            }

            if (build.JitMethods < SettledJitMethods || round == MaximumWarmUps)
            {
                BenchmarkReport.Write($"Warm-up: {round} builds of {site.Pages:N0} pages; the last JIT-compiled {build.JitMethods:N0} methods.");
                break;
            }
        }

        return null;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return 1;
    }
}
