using System.CommandLine;
using System.Globalization;
using Transparency.Checks.Oit;
using Transparency.Generator.Build;
using Transparency.Generator.Load;

namespace Transparency.Generator.Cli;

/// <summary><c>transparency build</c>: builds the site once and prints a short summary.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var folders = new CommonOptions();
        var command = new Command("build", "Build the site from the input and theme folders into the output folder.");
        folders.AddTo(command);
        command.SetAction((result, _) => RunAsync(folders.Read(result)));
        return command;
    }

    /// <summary>Builds and reports; returns the process exit code (0 built, 1 input mistakes).</summary>
    public static async Task<int> RunAsync(BuildOptions options)
    {
        try
        {
            var result = await SiteBuilder.BuildAsync(options).ConfigureAwait(false);
            foreach (var warning in result.Warnings)
            {
                Console.WriteLine($"warning: {warning}");
            }

            var pages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Value} {p.Key}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {options.Output}: {pages} pages, {result.Warnings.Count} warnings, {result.Elapsed.TotalSeconds:0.00} s."));
            if (result.Coverage is { } coverage)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"OIT {coverage.CriteriaVersion}: {coverage.Count(ItemStatus.Pass)} of {coverage.Items.Count} items pass, estimated score {coverage.Score.Oit:0.00}; report at ita/coverage/."));
                foreach (var item in coverage.Items.Where(i => !i.Passed))
                {
                    Console.WriteLine($"oit: {item.Code} {item.Status.ToString().ToLowerInvariant()}: {string.Join(" | ", item.Problems.Select(p => p.What.En))}");
                }
            }
            return 0;
        }
        catch (InputException exception)
        {
            foreach (var error in exception.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"Nothing was published: {options.Output} is unchanged.").ConfigureAwait(false);
            return 1;
        }
    }
}
