using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// Reads the monthly procurement summaries, <c>input/data/procurement/monthly/YYYY-MM.csv</c> (Buddhist Era year),
/// reporting every bad row with its line, column and fix in English and Thai.
/// </summary>
internal static partial class ProcurementMonthReader
{
    public const string Folder = "data/procurement/monthly";

    public static IReadOnlyList<ProcurementMonth> ReadAll(string inputRoot, List<InputError> errors)
    {
        var folder = Path.Combine(inputRoot, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var months = new List<ProcurementMonth>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var display = DisplayPath.Of(file, inputRoot);
            if (MonthOf(file) is not { } month)
            {
                errors.Add(new InputError(display, 0, 0, "The file name does not say which month it covers.", "Name it by Buddhist Era year and month, such as 2569-10.csv.",
                    "ชื่อไฟล์ไม่ได้ระบุเดือน", "กรุณาตั้งชื่อตามปี พ.ศ. และเดือน เช่น 2569-10.csv"));
                continue;
            }

            months.Add(new ProcurementMonth(month, display, ReadRows(file, display, month, errors)));
        }

        return months;
    }

    private static List<ProcurementRow> ReadRows(string file, string display, DateOnly month, List<InputError> errors)
    {
        var rows = new List<ProcurementRow>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
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

        using var reader = new CsvReader(new StringReader(TextFileDecoder.Decode(File.ReadAllBytes(file))), configuration);
        reader.Context.RegisterClassMap<ProcurementRowMap>();
        if (!reader.Read() || !reader.ReadHeader())
        {
            errors.Add(new InputError(display, 1, 1, "The file is empty.", "Start with the row of column headings.", "ไฟล์ว่าง", "กรุณาเริ่มด้วยแถวหัวคอลัมน์"));
            return rows;
        }

        var columns = reader.HeaderRecord!.Length;
        reader.ValidateHeader<ProcurementRow>();
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            if (reader.Parser.Count != columns)
            {
                errors.Add(new InputError(display, line, 1, $"The row has {reader.Parser.Count} cells; the heading row has {columns}.", "Check for a missing or extra comma.",
                    $"แถวนี้มี {reader.Parser.Count} ช่อง แต่แถวหัวคอลัมน์มี {columns} ช่อง", "กรุณาตรวจเครื่องหมายจุลภาคที่ขาดหรือเกิน"));
                continue;
            }

            if (reader.GetRecord<ProcurementRow>() is { } row)
            {
                row.Line = line;
                rows.Add(row);
            }
        }

        var header = reader.HeaderRecord;
        var map = reader.Context.Maps[typeof(ProcurementRow)]!;
        int ColumnOf(string member) => map.MemberMaps
            .Where(m => m.Data.Member?.Name == member)
            .SelectMany(m => m.Data.Names)
            .Select(name => Array.IndexOf(header, name) + 1)
            .FirstOrDefault(i => i > 0);
        ProcurementRowRules.Check(rows, display, month, ColumnOf, errors);
        return rows;
    }

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

    private static DateOnly? MonthOf(string file)
    {
        var match = MonthFileName().Match(Path.GetFileNameWithoutExtension(file));
        if (!match.Success)
        {
            return null;
        }

        var year = BuddhistEra.NormaliseToChristian(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})$")]
    private static partial Regex MonthFileName();
}
