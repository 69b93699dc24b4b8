using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// The checks a schema asks for on every file: values a column, or columns together, may not repeat, dates inside the
/// file's period, and files of the site that a link column names.
/// </summary>
internal static class SchemaRules
{
    public static void Check<TRow>(DataFile<TRow> file, CsvTable<TRow> table, string inputRoot, List<InputError> errors)
        where TRow : class, IDataRow
    {
        foreach (var mapped in table.Map.Mapped)
        {
            var column = table.ColumnOf(mapped.Member);
            if (mapped.Column.Unique || mapped.Column.UniqueWith.Count > 0)
            {
                ReportRepeats(file, mapped, [mapped, .. mapped.Column.UniqueWith.Select(key => table.Map.Mapped.First(m => m.Column.Key == key))], column, errors);
            }

            if (mapped.Column.WithinPeriod)
            {
                ReportOutsidePeriod(file, mapped, column, errors);
            }

            if (mapped.Column.Type == "link")
            {
                ReportMissingFiles(file, mapped, column, inputRoot, errors);
            }
        }

        if (file.Schema.UniqueTogether.Count > 0)
        {
            ReportRepeatedRows(file, table, errors);
        }
    }

    private static void ReportMissingFiles<TRow>(DataFile<TRow> file, MappedColumn<TRow> mapped, int column, string inputRoot, List<InputError> errors)
        where TRow : class, IDataRow
    {
        foreach (var row in file.Rows)
        {
            var path = mapped.Get(row) as string ?? string.Empty;
            if (path.Length > 0 && !path.Contains("://", StringComparison.Ordinal) && !File.Exists(Path.Combine(inputRoot, path)))
            {
                errors.Add(new InputError(file.SourceFile, row.Line, column, $"The file {path} is not in input/.", "Check the file name, or add the file.",
                    $"ไม่พบไฟล์ {path} ใน input/", "กรุณาตรวจชื่อไฟล์ หรือเพิ่มไฟล์"));
            }
        }
    }

    private static void ReportRepeatedRows<TRow>(DataFile<TRow> file, CsvTable<TRow> table, List<InputError> errors)
        where TRow : class, IDataRow
    {
        var keys = file.Schema.UniqueTogether.Select(key => table.Map.Mapped.Single(m => m.Column.Key == key)).ToList();
        var (english, thai) = (string.Join(", ", keys.Select(k => k.Column.En)), string.Join(", ", keys.Select(k => k.Column.Th)));
        var column = table.ColumnOf(keys[0].Member);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var value = string.Join('\u001f', keys.Select(k => Convert.ToString(k.Get(row), System.Globalization.CultureInfo.InvariantCulture)));
            if (!seen.TryAdd(value, row.Line))
            {
                errors.Add(new InputError(file.SourceFile, row.Line, column,
                    $"The values of {english} are the same as on line {seen[value]}.", "Keep one row for each of these: add the two together, or correct one of them.",
                    $"ค่าในคอลัมน์ {thai} ซ้ำกับบรรทัดที่ {seen[value]}", "กรุณาใช้แถวเดียวต่อชุดค่านี้ โดยรวมจำนวนเข้าด้วยกัน หรือแก้ไขแถวใดแถวหนึ่ง"));
            }
        }
    }

    // Values are compared together across the columns given, so a programme may repeat as long as its category differs.
    private static void ReportRepeats<TRow>(DataFile<TRow> file, MappedColumn<TRow> mapped, IReadOnlyList<MappedColumn<TRow>> together, int column, List<InputError> errors)
        where TRow : class, IDataRow
    {
        var (english, thai) = (string.Join("' and '", together.Select(m => m.Column.En)), string.Join("' และ '", together.Select(m => m.Column.Th)));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var value = string.Join(" / ", together.Select(m => Text(m.Column, m.Get(row))));
            if (Text(mapped.Column, mapped.Get(row)).Length > 0 && !seen.TryAdd(value, row.Line))
            {
                errors.Add(new InputError(file.SourceFile, row.Line, column,
                    $"'{value}' in '{english}' is used again (first on line {seen[value]}).",
                    together.Count == 1 ? "Give each row its own value in this column." : "Give each combination one row: merge the two rows into one.",
                    $"'{value}' ในคอลัมน์ '{thai}' ซ้ำกับบรรทัดที่ {seen[value]}",
                    together.Count == 1 ? "กรุณาใช้ค่าที่ไม่ซ้ำกันในคอลัมน์นี้" : "แต่ละชุดค่าต้องมีเพียงแถวเดียว กรุณารวมสองแถวนี้เป็นแถวเดียว"));
            }
        }
    }

    // A choice is named as staff write it, not by its code.
    private static string Text(DatasetColumn column, object? value) => value is string code && column.Choices.Find(c => c.Code == code) is { } choice
        ? choice.Th
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static void ReportOutsidePeriod<TRow>(DataFile<TRow> file, MappedColumn<TRow> mapped, int column, List<InputError> errors)
        where TRow : class, IDataRow
    {
        var (first, last, english, thai) = file.Month is { } month
            ? (month, month.AddMonths(1).AddDays(-1), ThaiDateFormat.MonthYear(month, Languages.English), "เดือน" + ThaiDateFormat.MonthYear(month, Languages.Thai))
            : (file.FiscalYear!.Value.Start, file.FiscalYear.Value.End, ThaiDateFormat.FiscalYearName(file.FiscalYear.Value, Languages.English), ThaiDateFormat.FiscalYearName(file.FiscalYear.Value, Languages.Thai));
        foreach (var row in file.Rows)
        {
            if (DateIn(mapped.Get(row)) is { } date && (date < first || date > last))
            {
                errors.Add(new InputError(file.SourceFile, row.Line, column,
                    $"{ThaiDateFormat.Full(date, Languages.English)} in '{mapped.Column.En}' is outside {english}, the period of this file.",
                    "Move the row to the file of its period, or correct the date.",
                    $"{ThaiDateFormat.Full(date, Languages.Thai)} ในคอลัมน์ '{mapped.Column.Th}' ไม่อยู่ใน{thai} ซึ่งเป็นช่วงเวลาของไฟล์นี้",
                    "กรุณาย้ายแถวไปไว้ในไฟล์ของช่วงเวลานั้น หรือแก้ไขวันที่"));
            }
        }
    }

    private static DateOnly? DateIn(object? value) => value switch
    {
        DateOnly date => date,
        Model.Procurement.ContractReference contract => contract.Date,
        _ => null,
    };
}
