using System.Globalization;
using Transparency.Checks.Links;
using Transparency.Checks.Weight;

namespace Transparency.Generator.Cli;

/// <summary>Prints the check results as a short table for staff, followed by each problem to fix.</summary>
internal static class CheckTable
{
    public static void Print(LinkReport links, WeightReport weight, TextWriter output)
    {
        var heaviest = weight.Heaviest;
        output.WriteLine(Invariant($"{"Links",-8} {(links.Passed ? "pass" : "FAIL"),-5} {links.ReferencesChecked:N0} references in {links.FilesChecked:N0} pages: {links.Broken.Count} broken; {links.ExternalLinks.Count} external links listed, not fetched"));
        output.WriteLine(Invariant($"{"Weight",-8} {(weight.Passed ? "pass" : "FAIL"),-5} heaviest {heaviest?.Page ?? "-"}: {Kb(heaviest?.WithoutFonts ?? 0)} compressed without fonts (budget {Kb(weight.Budget.MaxCompressedBytes)}), fonts {Kb(weight.Pages.Select(p => p.Fonts).DefaultIfEmpty().Max())} (budget {Kb(weight.Budget.MaxFontBytes)})"));
        foreach (var link in links.Broken)
        {
            output.WriteLine($"  broken: {link.Source}: {link.Target} {link.Reason}");
        }

        foreach (var page in weight.OverBudget)
        {
            output.WriteLine(Invariant($"  too heavy: {page.Page}: HTML {Kb(page.Html)}, CSS {Kb(page.Styles)}, JS {Kb(page.Scripts)}, fonts {Kb(page.Fonts)}"));
        }
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
