namespace Transparency.Generator.Model.Data;

/// <summary>A page made from data rather than written by staff: the same front matter in both languages but the title.</summary>
internal static class DataPage
{
    public static Page Create(string key, string layout, object data, DateOnly? date, FiscalYear year, IReadOnlyList<string> oit, Func<string, string> title) => new(
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

    /// <summary>
    /// One page per fiscal-year file of dataset <paramref name="id"/> at <c>SECTION/YEAR/NAME</c>, newest year first, carrying
    /// the file; titled by the UI string <paramref name="titleKey"/> with the fiscal year's name.
    /// </summary>
    public static IEnumerable<Page> PerFiscalYear<TRow>(DataStore data, UiStrings strings, string id, string section, string name, string layout, string titleKey)
        where TRow : class, IDataRow =>
        data.Of<TRow>(id).OrderByDescending(f => f.Period, StringComparer.Ordinal).Select(file => Create(
            $"{section}/{file.FiscalYear}/{name}",
            layout,
            file,
            file.Modified,
            file.FiscalYear!.Value,
            file.Schema.Oit,
            language => Fill(strings.Get(language, titleKey), ThaiDateFormat.FiscalYearName(file.FiscalYear!.Value, language))));

    /// <summary>A UI string with its <c>{0}</c> filled, such as a title naming the month or fiscal year.</summary>
    public static string Fill(string template, string value) => template.Replace("{0}", value, StringComparison.Ordinal);
}
