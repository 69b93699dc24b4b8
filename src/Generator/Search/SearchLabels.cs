using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Render;

namespace Transparency.Generator.Search;

/// <summary>
/// What a result shows for its section (name, and the section's page to suggest when nothing is found) and for its
/// fiscal year, in one language.
/// </summary>
internal sealed record SearchLabels(IReadOnlyDictionary<string, string[]> Sections, IReadOnlyDictionary<string, string> Years)
{
    public static SearchLabels Of(Site site, string language, UrlScheme urls, IReadOnlyList<SearchEntry> entries)
    {
        var sections = entries.Select(e => e.Section).Distinct(StringComparer.Ordinal).ToDictionary(
            s => s,
            s => site.Find(s) is { } page
                ? new[] { page.In(language).FrontMatter.Title, urls.Page(language, s) }
                : [s, string.Empty],
            StringComparer.Ordinal);
        var years = entries.Where(e => e.FiscalYear > 0).Select(e => e.FiscalYear).Distinct().Order().ToDictionary(
            y => y.ToString(CultureInfo.InvariantCulture),
            y => ThaiDateFormat.FiscalYearName(new FiscalYear(y), language),
            StringComparer.Ordinal);
        return new SearchLabels(sections, years);
    }
}
