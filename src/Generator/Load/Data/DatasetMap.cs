using System.Linq.Expressions;
using CsvHelper.Configuration;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// A CsvHelper class map whose headings and cell readers come from the dataset's schema, so the file staff fill in,
/// the download and the documentation cannot drift apart.
/// </summary>
internal abstract class DatasetMap<TRow> : ClassMap<TRow>
    where TRow : IDataRow
{
    protected DatasetMap(string schemaId)
    {
        Schema = SchemaCatalog.Get(schemaId);
        Map(r => r.Line).Ignore();
    }

    public DatasetSchema Schema { get; }

    /// <summary>Each schema column mapped, with the member it fills and how to read that member back from a row.</summary>
    public IReadOnlyList<MappedColumn<TRow>> Mapped => mapped;

    private readonly List<MappedColumn<TRow>> mapped = [];

    /// <summary>Maps a member to the schema's column <paramref name="key"/>: Thai heading first (what downloads write), then English.</summary>
    protected void Column<T>(Expression<Func<TRow, T?>> member, string key)
    {
        var column = Schema.Column(key);
        var read = member.Compile();
        mapped.Add(new MappedColumn<TRow>(column, ((MemberExpression)member.Body).Member.Name, row => read(row)));
        var map = Map(member).Name(column.Th, column.En).TypeConverter(CellTypes.For(column));
        if (!column.Required)
        {
            map.Optional();
        }
    }
}

/// <summary>A schema column bound to the row member it fills.</summary>
internal sealed record MappedColumn<TRow>(DatasetColumn Column, string Member, Func<TRow, object?> Get);
