using Transparency.Checks.Criteria;
using Transparency.Checks.Oit.Evidence;
using Transparency.Checks.Oit.Rules;
using Transparency.Checks.Site;

namespace Transparency.Checks.Oit;

/// <summary>Checks every OIT item of a criteria version against a built site, as an assessor reads it.</summary>
public static class CoverageChecker
{
    /// <param name="site">The built site.</param>
    /// <param name="criteria">The criteria in force.</param>
    /// <param name="asOf">The day to judge currency on.</param>
    /// <param name="language">The language an assessor reads; Thai, as ITAS expects.</param>
    /// <param name="siteUrl">The site's public address, for the URLs to enter in ITAS.</param>
    public static CoverageReport Check(BuiltSite site, CriteriaSet criteria, DateOnly asOf, string language = Languages.Thai, Uri? siteUrl = null)
    {
        var unknown = criteria.Items.Select(i => i.Rule).Where(r => !TimeRules.ByName.ContainsKey(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"Criteria {criteria.Version} name unknown time rules: {string.Join(", ", unknown)}. Known: {string.Join(", ", TimeRules.ByName.Keys)}.");
        }

        var context = new CheckContext(new EvidenceIndex(site, language), criteria, asOf, language, siteUrl);
        var results = criteria.Indicators
            .SelectMany(indicator => indicator.Groups.SelectMany(group => group.Items.Select(item => (indicator, group, item))))
            .Select(x => ItemChecker.Check(x.item, x.group.Code, x.indicator.Code, context))
            .ToList();
        var passed = results.Where(r => r.Passed).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return new CoverageReport(criteria.Version, criteria.Title, asOf, language, results, OitScore.Compute(criteria, passed.Contains));
    }
}
