namespace Transparency.Generator.Model.Data;

/// <summary>Builds a page whose content a layout draws from data, in every language.</summary>
internal static class GeneratedPage
{
    public static Page Make(string key, string layout, object data, DateOnly? date, IReadOnlyList<string> oit, FiscalYear? year, Func<string, string> title) => new(
        key,
        Languages.All.ToDictionary(
            language => language,
            language => new SourcePage(
                "(data)",
                key,
                language,
                new FrontMatter { Title = title(language), Oit = [.. oit], FiscalYear = year?.BuddhistYear, Layout = layout },
                date,
                null,
                string.Empty),
            StringComparer.Ordinal),
        data);

    /// <summary>A title from the UI string <paramref name="key"/> with the fiscal year's name in place of <c>{0}</c>.</summary>
    public static Func<string, string> YearTitle(UiStrings strings, string key, FiscalYear year) =>
        language => strings.Get(language, key).Replace("{0}", ThaiDateFormat.FiscalYearName(year, language), StringComparison.Ordinal);
}
