using System.Globalization;

namespace Transparency.Generator.Model.Data;

/// <summary>
/// The page of a section's fiscal year, such as <c>/th/budget/2570/</c>, listing that year's data pages; made when staff
/// have not written one, so breadcrumbs and the address scheme never lead nowhere.
/// </summary>
internal static class FiscalYearPages
{
    public static IEnumerable<Page> AddMissingParents(IReadOnlyList<Page> pages)
    {
        var keys = pages.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var byKey = pages.ToDictionary(p => p.Key, StringComparer.Ordinal);
        return pages
            .Select(p => p.ParentKey)
            .Where(parent => parent.Length > 0 && !keys.Contains(parent))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(parent => Make(parent, parent.Contains('/', StringComparison.Ordinal) ? byKey.GetValueOrDefault(parent[..parent.LastIndexOf('/')]) : null))
            .ToList();
    }

    private static Page Make(string key, Page? section)
    {
        var year = int.TryParse(key[(key.LastIndexOf('/') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var be) ? new FiscalYear(be) : (FiscalYear?)null;
        return new Page(
            key,
            Languages.All.ToDictionary(
                language => language,
                language =>
                {
                    var sectionTitle = section?.In(language).FrontMatter.Title ?? key;
                    var title = year is { } fiscal ? $"{sectionTitle} — {ThaiDateFormat.FiscalYearName(fiscal, language)}" : sectionTitle;
                    return new SourcePage("(data)", key, language, new FrontMatter { Title = title, FiscalYear = year?.BuddhistYear }, null, null, string.Empty);
                },
                StringComparer.Ordinal));
    }
}
