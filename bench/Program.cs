using System.CommandLine;

namespace Transparency.Bench;

/// <summary><c>dotnet run -c Release --project bench -- --pages 5000 [--runs 3] [--keep] [--search | --sample]</c>: times full builds of a synthetic organisation, and its search.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var pages = Positive("--pages", 5000, "Pages per language to generate, besides the home page and one index page per section.");
        var runs = Positive("--runs", 3, "Timed builds of the generated site; the report gives the median and the best.");
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the generator: the same seed writes the same bytes.",
            DefaultValueFactory = _ => SyntheticOrganisation.DefaultSeed,
        };
        var procurement = new Option<int>("--procurement-rows")
        {
            Description = "Contracts to spread over sixty monthly procurement summaries (form สขร.1), read and published like staff files.",
        };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated input and the built site, and print where they are." };
        var search = new Option<bool>("--search") { Description = "Also measure the search: index time and bytes, bytes and time per query in Chromium, against Pagefind." };
        var sample = new Option<bool>("--sample") { Description = "Measure the search of the sample organisation in input/ instead, with recall@5 of the query set." };
        var root = new RootCommand("Generates a synthetic organisation, builds it with the real pipeline and theme, and reports the speed.")
        {
            pages,
            runs,
            seed,
            procurement,
            keep,
            search,
            sample,
        };
        root.SetAction((result, _) => result.GetValue(sample)
            ? BenchmarkRun.SampleSearchAsync()
            : BenchmarkRun.RunAsync(result.GetValue(pages), result.GetValue(runs), result.GetValue(seed), result.GetValue(procurement), result.GetValue(keep), result.GetValue(search)));
        return root.Parse(args).InvokeAsync();
    }

    private static Option<int> Positive(string name, int defaultValue, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{name} must be at least 1.");
            }
        });
        return option;
    }
}
