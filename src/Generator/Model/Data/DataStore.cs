namespace Transparency.Generator.Model.Data;

/// <summary>Every data file read, by dataset, with typed access for the pages made from them.</summary>
internal sealed class DataStore(IReadOnlyList<DataFile> files)
{
    public IReadOnlyList<DataFile> Files { get; } = files;

    /// <summary>The files of dataset <paramref name="id"/>, oldest period first.</summary>
    public IReadOnlyList<DataFile<TRow>> Of<TRow>(string id)
        where TRow : class, IDataRow =>
        Files.Where(f => f.Schema.Id == id).OfType<DataFile<TRow>>().OrderBy(f => f.Period, StringComparer.Ordinal).ToList();

    /// <summary>The rows of dataset <paramref name="id"/> for a fiscal year, empty when no file covers it.</summary>
    public IReadOnlyList<TRow> RowsOf<TRow>(string id, FiscalYear year)
        where TRow : class, IDataRow =>
        Of<TRow>(id).Where(f => f.FiscalYear == year).SelectMany(f => f.Rows).ToList();
}
