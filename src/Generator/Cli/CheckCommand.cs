using System.CommandLine;
using System.Text.Json;
using Transparency.Checks.Criteria;
using Transparency.Checks.Links;
using Transparency.Checks.Oit;
using Transparency.Checks.Oit.Output;
using Transparency.Checks.Site;
using Transparency.Checks.Weight;
using Transparency.Generator.Load;
using Transparency.Generator.Model;
using Transparency.Generator.Render;

namespace Transparency.Generator.Cli;

/// <summary>
/// <c>transparency check</c>: reads the built site as a visitor and as an assessor would: broken links, page weight,
/// and whether every OIT item is published and current on the as-of date.
/// </summary>
internal static class CheckCommand
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Unusable = 2;

    public static Command Create()
    {
        var site = new Option<DirectoryInfo>("--site") { Description = "The built site to check.", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var input = new Option<DirectoryInfo>("--input", "-i") { Description = "The data folder, for the site's address and criteria version.", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var format = new Option<string>("--format") { Description = "How to print the result.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "junit");
        var asOf = new Option<string?>("--as-of") { Description = "The day to judge the OIT items on, such as 2570-04-30 (default: today)." };
        var criteria = new Option<string?>("--criteria") { Description = "The OIT criteria version (default: criteria_version of site.yaml)." };
        var command = new Command("check", "Check the built site: links, page weight, and the 43 OIT items, published and current.")
        {
            site, input, format, asOf, criteria,
        };
        command.SetAction(result => Run(
            result.GetValue(site)!, result.GetValue(input)!, result.GetValue(format)!, result.GetValue(asOf), result.GetValue(criteria), Console.Out));
        return command;
    }

    /// <summary>Checks and prints the result on <paramref name="output"/>; mistakes in the request go to standard error.</summary>
    internal static int Run(DirectoryInfo siteFolder, DirectoryInfo inputFolder, string format, string? asOfText, string? version, TextWriter output)
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

        var asOf = DateOnly.FromDateTime(DateTime.Today);
        if (asOfText is not null && !ThaiDateParser.TryParse(asOfText, out asOf))
        {
            Console.Error.WriteLine($"error: --as-of '{asOfText}' is not a date. Write it as {ThaiDateParser.AcceptedForms}.");
            return Unusable;
        }

        if (CriteriaCatalog.Load(version ?? config.CriteriaVersion) is not { } criteriaSet)
        {
            Console.Error.WriteLine($"error: there are no OIT criteria for version '{version ?? config.CriteriaVersion}'. Use one of: {string.Join(", ", CriteriaCatalog.Versions)}.");
            return Unusable;
        }

        var urls = new UrlScheme(config.BaseUrl);
        var siteUrl = new Uri(urls.Absolute(urls.BasePath));
        var built = new BuiltSite(siteFolder.FullName, urls.BasePath);
        var links = LinkChecker.Check(built, siteUrl);
        var weight = PageWeigher.Weigh(built, new WeightBudget());
        var coverage = CoverageChecker.Check(built, criteriaSet, asOf, Languages.Thai, siteUrl);
        Print(format, links, weight, coverage, output);
        return links.Passed && weight.Passed && coverage.Passed ? Passed : Failed;
    }

    private static void Print(string format, LinkReport links, WeightReport weight, CoverageReport coverage, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(
                    new { links, weight = new { weight.Budget, weight.Pages, weight.OverBudget }, oit = CoverageJson.Shape(coverage) }, JsonOptions));
                break;
            case "junit":
                output.WriteLine(CoverageJUnit.Write(coverage));
                break;
            default:
                CheckTable.Print(links, weight, output);
                CoverageTable.Print(coverage, output);
                break;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = CoverageJson.Options;
}
