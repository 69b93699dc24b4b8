using CsvHelper.TypeConversion;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>The cell reader of each value type a schema may name.</summary>
internal static class CellTypes
{
    private static readonly Dictionary<string, Func<DatasetColumn, CellConverter>> ByName = new(StringComparer.Ordinal)
    {
        ["text"] = _ => new Text(),
        ["count"] = _ => new Count(),
        ["amount"] = _ => new Amount(),
        ["percent"] = _ => new Percent(),
        ["date"] = _ => new Date(),
        ["month"] = _ => new Month(),
        ["choice"] = column => new Choice(column),
        ["email"] = _ => new Email(),
        ["phone"] = _ => new Phone(),
        ["link"] = _ => new Link(),
        ["bids"] = _ => new Bids(),
        ["bid"] = _ => new Winner(),
        ["contract"] = _ => new Contract(),
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static ITypeConverter For(DatasetColumn column) => ByName.TryGetValue(column.Type, out var make)
        ? WithRequired(make(column), column.Required)
        : throw new InvalidOperationException($"The column {column.Key} has the unknown type '{column.Type}'.");

    private static CellConverter WithRequired(CellConverter converter, bool required)
    {
        converter.Required = required;
        return converter;
    }
}
