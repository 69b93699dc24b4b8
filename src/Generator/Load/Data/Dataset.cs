using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>One value of a data file with where it stands, for checks that look across rows and files.</summary>
internal sealed record DataCell(string File, int Line, int Column, object? Value);

/// <summary>A kind of data file: reads its files from <c>input/</c>, checks them, and lists a column's values for checks across datasets.</summary>
internal abstract class Dataset
{
    public abstract DatasetSchema Schema { get; }

    public abstract IReadOnlyList<DataFile> Files { get; }

    public abstract void Read(string inputRoot, List<InputError> errors);

    /// <summary>Every value of the column <paramref name="key"/> in every file read.</summary>
    public abstract IEnumerable<DataCell> Cells(string key);
}

/// <summary>
/// A dataset whose rows are <typeparamref name="TRow"/> read with <typeparamref name="TMap"/>: the schema's generic rules
/// (unique values, dates within the file's period) run on every file, then the dataset's own <paramref name="rules"/>.
/// </summary>
internal sealed class Dataset<TRow, TMap>(Action<DataFile<TRow>, Func<string, int>, List<InputError>>? rules = null) : Dataset
    where TRow : class, IDataRow
    where TMap : DatasetMap<TRow>, new()
{
    private readonly List<(DataFile<TRow> File, CsvTable<TRow> Table)> read = [];
    private readonly TMap map = new();

    public override DatasetSchema Schema => map.Schema;

    public override IReadOnlyList<DataFile> Files => read.Select(r => r.File).ToList();

    public IReadOnlyList<DataFile<TRow>> TypedFiles => read.Select(r => r.File).ToList();

    public override void Read(string inputRoot, List<InputError> errors)
    {
        foreach (var source in DataFileNames.Find(inputRoot, Schema, errors))
        {
            var content = source.Path.EndsWith(WorkbookSheet.Extension, StringComparison.OrdinalIgnoreCase) ? WorkbookSheet.ToCsv(source.Path) : File.ReadAllBytes(source.Path);
            var table = CsvTableReader.Read<TRow, TMap>(content, source.Display, errors);
            var file = new DataFile<TRow>(Schema, source.Period, source.Display, SourceDates.LastChanged(source.Path), table.Rows) { Map = table.Map };
            SchemaRules.Check(file, table, inputRoot, errors);
            rules?.Invoke(file, table.ColumnOf, errors);
            read.Add((file, table));
        }
    }

    public override IEnumerable<DataCell> Cells(string key) =>
        from r in read
        from mapped in r.Table.Map.Mapped.Where(m => m.Column.Key == key)
        from row in r.File.Rows
        select new DataCell(r.File.SourceFile, row.Line, r.Table.ColumnOf(mapped.Member), mapped.Get(row));
}
