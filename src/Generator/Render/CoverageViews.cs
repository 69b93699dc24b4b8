using System.Globalization;
using Transparency.Checks.Oit;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>The OIT coverage report as the coverage page shows it, in one language.</summary>
internal sealed record CoverageView(
    string AsOf,
    string CriteriaTitle,
    string Summary,
    bool AllPass,
    string Oit,
    IReadOnlyList<ScoreView> Indicators,
    IReadOnlyList<CoverageGroupView> Groups,
    IReadOnlyList<UpcomingView> Upcoming,
    string JsonUrl,
    string JunitUrl);

/// <summary>A score line: code, title and score out of 100.</summary>
internal sealed record ScoreView(string Code, string Title, string Score);

/// <summary>A sub-indicator with its score and items.</summary>
internal sealed record CoverageGroupView(string Code, string Title, string Score, IReadOnlyList<CoverageItemView> Items);

/// <summary>One item's verdict, evidence and what to fix.</summary>
internal sealed record CoverageItemView(
    string Code, string Title, string Status, string StatusLabel, string ItasUrl,
    IReadOnlyList<EvidenceItemView> Evidence, IReadOnlyList<FindingView> Problems, IReadOnlyList<string> Notes, string Unit, string Upcoming);

/// <summary>A page found for an item.</summary>
internal sealed record EvidenceItemView(string Title, string Url, string Period, string? Modified, string? ModifiedIso);

/// <summary>What is wrong and how to fix it.</summary>
internal sealed record FindingView(string What, string Fix);

/// <summary>An item due soon.</summary>
internal sealed record UpcomingView(string Code, string Title, string What);

/// <summary>Builds the coverage page's view from the checks' report.</summary>
internal static class CoverageViews
{
    public const string JsonFile = "ita/coverage.json";
    public const string JunitFile = "ita/coverage-junit.xml";

    public static CoverageView Build(CoverageReport report, UiStrings strings, string language, UrlScheme urls)
    {
        var scores = report.Score.Groups.ToDictionary(g => g.Code, StringComparer.Ordinal);
        return new CoverageView(
            ThaiDateFormat.Full(report.AsOf, language),
            report.CriteriaTitle.In(language),
            strings.Get(language, "coverage.summary")
                .Replace("{passed}", report.Count(ItemStatus.Pass).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{total}", report.Items.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            report.Passed,
            Score(report.Score.Oit),
            report.Score.Indicators.Select(i => new ScoreView(i.Code, i.Title.In(language), Score(i.Score))).ToList(),
            report.Items.GroupBy(i => i.Group).Select(g => new CoverageGroupView(
                g.Key,
                scores[g.Key].Title.In(language),
                Score(scores[g.Key].Score),
                g.Select(i => Item(i, strings, language)).ToList())).ToList(),
            report.Upcoming.Select(i => new UpcomingView(i.Code, i.Title.In(language), i.Upcoming!.What.In(language))).ToList(),
            urls.Asset(JsonFile),
            urls.Asset(JunitFile));
    }

    private static CoverageItemView Item(ItemResult item, UiStrings strings, string language)
    {
        var status = item.Status.ToString().ToLowerInvariant();
        return new CoverageItemView(
            item.Code,
            item.Title.In(language),
            status,
            strings.Get(language, $"coverage.status.{status}"),
            item.ItasUrl,
            item.Evidence.Select(e => new EvidenceItemView(
                e.Title, e.Url, e.Period.In(language),
                e.LastModified is { } d ? ThaiDateFormat.Full(d, language) : null,
                e.LastModified is { } iso ? Iso(iso) : null)).ToList(),
            item.Problems.Select(p => new FindingView(p.What.In(language), p.Fix.In(language))).ToList(),
            item.Notes.Select(n => n.In(language)).ToList(),
            item.Unit,
            item.Upcoming?.What.In(language) ?? string.Empty);
    }

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
