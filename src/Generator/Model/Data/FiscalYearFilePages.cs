namespace Transparency.Generator.Model.Data;

/// <summary>Makes one page per fiscal-year file of a dataset, at <c>SECTION/YEAR/NAME</c>, carrying the file for its layout.</summary>
internal static class FiscalYearFilePages
{
    public static IEnumerable<Page> Create<TRow>(DataStore data, string dataset, string section, string name, string layout, string titleKey, UiStrings strings)
        where TRow : class, IDataRow =>
        data.Of<TRow>(dataset).OrderByDescending(f => f.Period, StringComparer.Ordinal).Select(file => GeneratedPage.Make(
            $"{section}/{file.FiscalYear}/{name}",
            layout,
            file,
            file.Modified,
            file.Schema.Oit,
            file.FiscalYear,
            language => strings.Get(language, titleKey).Replace("{0}", ThaiDateFormat.FiscalYearName(file.FiscalYear!.Value, language), StringComparison.Ordinal)));
}
