using System.CommandLine;
using System.Text.Json;
using Transparency.Checks.Links;
using Transparency.Checks.Site;
using Transparency.Checks.Weight;
using Transparency.Generator.Load;
using Transparency.Generator.Render;

namespace Transparency.Generator.Cli;

/// <summary><c>transparency check</c>: reads the built site as a visitor would and reports broken links and page weight.</summary>
internal static class CheckCommand
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Unusable = 2;

    public static Command Create()
    {
        var site = new Option<DirectoryInfo>("--site") { Description = "The built site to check.", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var input = new Option<DirectoryInfo>("--input", "-i") { Description = "The data folder, for the site's own address.", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var format = new Option<string>("--format") { Description = "How to print the result.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("check", "Check the built site: every internal link, resource and #fragment, and each page's weight.")
        {
            site, input, format,
        };
        command.SetAction(result => Run(result.GetValue(site)!, result.GetValue(input)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(DirectoryInfo siteFolder, DirectoryInfo inputFolder, string format)
    {
        if (!siteFolder.Exists)
        {
            Console.Error.WriteLine($"error: {siteFolder.FullName} does not exist. Build the site first: transparency build");
            return Unusable;
        }

        var errors = new List<InputError>();
        var config = SiteConfigReader.Read(inputFolder.FullName, errors);
        if (errors.Count > 0)
        {
            errors.ForEach(e => Console.Error.WriteLine($"error: {e}"));
            return Unusable;
        }

        var urls = new UrlScheme(config.BaseUrl);
        var built = new BuiltSite(siteFolder.FullName, urls.BasePath);
        var links = LinkChecker.Check(built, new Uri(urls.Absolute(urls.BasePath)));
        var weight = PageWeigher.Weigh(built, new WeightBudget());
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(new { links, weight = new { weight.Budget, weight.Pages, weight.OverBudget } }, JsonOptions));
        }
        else
        {
            CheckTable.Print(links, weight, Console.Out);
        }

        return links.Passed && weight.Passed ? Passed : Failed;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
