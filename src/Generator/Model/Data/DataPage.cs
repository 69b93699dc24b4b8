namespace Transparency.Generator.Model.Data;

/// <summary>Makes the page of a dataset in both languages: its address, layout, OIT items, fiscal year, date and the data behind it.</summary>
internal static class DataPage
{
    public static Page Make(string key, string layout, string[] oit, FiscalYear year, DateOnly? date, object data, Func<string, string> title) => new(
        key,
        Languages.All.ToDictionary(
            language => language,
            language => new SourcePage(
                "(data)",
                key,
                language,
                new FrontMatter { Title = title(language), Oit = [.. oit], FiscalYear = year.BuddhistYear, Layout = layout },
                date,
                null,
                string.Empty),
            StringComparer.Ordinal),
        data);

    /// <summary>A title from the UI string <paramref name="key"/> with the fiscal year's name in place of <c>{0}</c>.</summary>
    public static Func<string, string> YearTitle(UiStrings strings, string key, FiscalYear year) =>
        language => strings.Get(language, key).Replace("{0}", ThaiDateFormat.FiscalYearName(year, language), StringComparison.Ordinal);
}
