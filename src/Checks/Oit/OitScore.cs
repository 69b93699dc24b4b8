using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit;

/// <summary>A score out of 100 for a sub-indicator or indicator.</summary>
public sealed record ScoreLine(string Code, LocalizedText Title, double Score);

/// <summary>
/// The OIT score as NACC computes it: each item 0 or 100; a sub-indicator the mean of its items; an indicator the mean of
/// its sub-indicator means or of its items, as its criteria say; OIT the mean of the indicators.
/// </summary>
public sealed record OitScore(IReadOnlyList<ScoreLine> Groups, IReadOnlyList<ScoreLine> Indicators, double Oit)
{
    public static OitScore Compute(CriteriaSet criteria, Func<string, bool> passed)
    {
        double ItemScore(OitItem item) => passed(item.Code) ? 100 : 0;
        var groups = criteria.Indicators.SelectMany(i => i.Groups)
            .Select(g => new ScoreLine(g.Code, g.Title, g.Items.Average(ItemScore)))
            .ToList();
        var indicators = criteria.Indicators
            .Select(i => new ScoreLine(i.Code, i.Title, i.Scoring == "items"
                ? i.Groups.SelectMany(g => g.Items).Average(ItemScore)
                : groups.Where(g => i.Groups.Any(ig => ig.Code == g.Code)).Average(g => g.Score)))
            .ToList();
        return new OitScore(groups, indicators, indicators.Average(i => i.Score));
    }
}
