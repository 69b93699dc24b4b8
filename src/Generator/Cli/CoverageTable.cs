using System.Globalization;
using Transparency.Checks.Oit;

namespace Transparency.Generator.Cli;

/// <summary>Prints the OIT coverage as one short line per item, then the score and what falls due soon.</summary>
internal static class CoverageTable
{
    public static void Print(CoverageReport report, TextWriter output)
    {
        output.WriteLine(Invariant($"OIT {report.CriteriaVersion} as of {report.AsOf:yyyy-MM-dd}: {report.Count(ItemStatus.Pass)} of {report.Items.Count} items pass"));
        foreach (var item in report.Items)
        {
            var detail = item.Passed ? item.ItasUrl : string.Join(" | ", item.Problems.Select(p => p.What.En));
            output.WriteLine(Invariant($"  {item.Code,-4} {Label(item.Status),-10} {detail}"));
        }

        var score = report.Score;
        output.WriteLine(Invariant($"Estimated OIT score {score.Oit:0.00}: ") + string.Join(", ", score.Indicators.Select(i => Invariant($"indicator {i.Code} {i.Score:0.00}"))));
        foreach (var item in report.Upcoming)
        {
            output.WriteLine(Invariant($"  upcoming {item.Code}: {item.Upcoming!.What.En}"));
        }
    }

    private static string Label(ItemStatus status) => status == ItemStatus.Pass ? "pass" : status.ToString().ToUpperInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
