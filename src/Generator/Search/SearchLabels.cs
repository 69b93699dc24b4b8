using Transparency.Generator.Model;

namespace Transparency.Generator.Search;

/// <summary>The names a result shows for its section and fiscal year, in one language.</summary>
internal sealed record SearchLabels(IReadOnlyDictionary<string, string> Sections, IReadOnlyDictionary<string, string> Years)
{
    public static SearchLabels Of(Site site, string language, IEnumerable<SearchEntry> entries)
    {
        var list = entries.ToList();
        var sections = list.Select(e => e.Section).Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, s => site.Find(s)?.In(language).FrontMatter.Title ?? s, StringComparer.Ordinal);
        var years = list.Where(e => e.FiscalYear > 0).Select(e => e.FiscalYear).Distinct().Order()
            .ToDictionary(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), y => ThaiDateFormat.FiscalYearName(new FiscalYear(y), language), StringComparer.Ordinal);
        return new SearchLabels(sections, years);
    }
}
