using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>The rows of one file and, for later checks, the 1-based column each member was read from in this file.</summary>
internal sealed record CsvTable<TRow>(IReadOnlyList<TRow> Rows, Func<string, int> ColumnOf, DatasetMap<TRow> Map)
    where TRow : IDataRow;

/// <summary>
/// Reads one CSV file with a dataset's class map: detects the encoding, accepts the columns in any order, and turns every
/// bad cell, missing column or ragged row into an error with line, column and fix in English and Thai, reading on after each.
/// </summary>
internal static class CsvTableReader
{
    public static CsvTable<TRow> Read<TRow, TMap>(byte[] content, string display, List<InputError> errors)
        where TRow : IDataRow
        where TMap : DatasetMap<TRow>, new()
    {
        var rows = new List<TRow>();
        using var reader = new CsvReader(new StringReader(TextFileDecoder.Decode(content)), Configuration(display, errors));
        reader.Context.RegisterClassMap<TMap>();
        if (!reader.Read() || !reader.ReadHeader())
        {
            errors.Add(new InputError(display, 1, 1, "The file is empty.", "Start with the row of column headings.", "ไฟล์ว่าง", "กรุณาเริ่มด้วยแถวหัวคอลัมน์"));
            return new CsvTable<TRow>(rows, _ => 1, new TMap());
        }

        var header = reader.HeaderRecord!;
        reader.ValidateHeader<TRow>();
        var map = (DatasetMap<TRow>)reader.Context.Maps[typeof(TRow)]!;
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            if (map.Schema.PersonalData == PersonalDataRule.Forbidden)
            {
                PersonalDataGuard.Check(reader.Parser.Record ?? [], display, line, map.Schema, errors);
            }

            if (reader.Parser.Count != header.Length)
            {
                errors.Add(new InputError(display, line, 1, $"The row has {reader.Parser.Count} cells; the heading row has {header.Length}.", "Check for a missing or extra comma.",
                    $"แถวนี้มี {reader.Parser.Count} ช่อง แต่แถวหัวคอลัมน์มี {header.Length} ช่อง", "กรุณาตรวจเครื่องหมายจุลภาคที่ขาดหรือเกิน"));
                continue;
            }

            if (IsBlank(reader.Parser.Record))
            {
                continue;
            }

            if (reader.GetRecord<TRow>() is { } row)
            {
                row.Line = line;
                rows.Add(row);
            }
        }

        int ColumnOf(string member) => map.MemberMaps
            .Where(m => m.Data.Member?.Name == member)
            .SelectMany(m => m.Data.Names)
            .Select(name => Array.IndexOf(header, name) + 1)
            .FirstOrDefault(i => i > 0);
        return new CsvTable<TRow>(rows, ColumnOf, map);
    }

    // Excel leaves rows of empty cells below the data; they are not records.
    private static bool IsBlank(string[]? cells) => cells is null || cells.All(string.IsNullOrWhiteSpace);

    private static CsvConfiguration Configuration(string display, List<InputError> errors) => new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
        HeaderValidated = args =>
        {
            foreach (var missing in args.InvalidHeaders)
            {
                errors.Add(new InputError(display, 1, 1, $"The column '{missing.Names[0]}' is missing.", "Add it to the first row; docs/datasets.md lists the columns.",
                    $"ไม่มีคอลัมน์ '{missing.Names[0]}'", "กรุณาเพิ่มคอลัมน์นี้ในแถวแรก ดูรายชื่อคอลัมน์ได้ที่ docs/datasets.md"));
            }
        },
        ReadingExceptionOccurred = args =>
        {
            var context = args.Exception.Context!;
            var cell = FindCellException(args.Exception);
            var column = (context.Reader?.CurrentIndex ?? 0) + 1;
            errors.Add(cell is null
                ? new InputError(display, context.Parser!.RawRow, column, args.Exception.Message.Split('\n')[0], "Check the row.")
                : new InputError(display, context.Parser!.RawRow, column, cell.Message, cell.Fix, cell.ThaiMessage, cell.ThaiFix));
            return false;
        },
    };

    private static CellException? FindCellException(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is CellException cell)
            {
                return cell;
            }
        }

        return null;
    }
}
