using System.Globalization;
using System.Text.RegularExpressions;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>A data file found in a dataset's folder, with the period its name gives (<c>2570</c>, <c>2569-10</c> or the standing name).</summary>
internal sealed record DataFileName(string Path, string Display, string Period);

/// <summary>Finds a dataset's files and reads their period from the name, reporting names that do not give one.</summary>
internal static partial class DataFileNames
{
    public static IEnumerable<DataFileName> Find(string inputRoot, DatasetSchema schema, List<InputError> errors)
    {
        var folder = Path.Combine(inputRoot, schema.Folder);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        // A standing dataset is one named file, and may share its folder with others (units.csv beside positions.csv).
        var name = schema.Period == DataPeriodKind.Standing ? schema.File : "*";
        var files = Directory.EnumerateFiles(folder, name + ".csv").Concat(Directory.EnumerateFiles(folder, name + WorkbookSheet.Extension));
        var periods = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var display = DisplayPath.Of(file, inputRoot);
            if (PeriodOf(Path.GetFileNameWithoutExtension(file), schema) is { } period)
            {
                if (periods.TryAdd(period, display))
                {
                    yield return new DataFileName(file, display, period);
                }
                else
                {
                    // Excel beside its CSV export would publish the same rows twice.
                    errors.Add(new InputError(display, 0, 0, $"{periods[period]} already holds this period.", "Keep one of the two files.",
                        $"ไฟล์ {periods[period]} มีข้อมูลช่วงเวลานี้อยู่แล้ว", "กรุณาเก็บไว้เพียงไฟล์เดียว"));
                }
            }
            else
            {
                var (english, thai) = Example(schema);
                errors.Add(new InputError(display, 0, 0, "The file name does not say which period it covers.", $"Name it like {english}.",
                    "ชื่อไฟล์ไม่ได้ระบุช่วงเวลาของข้อมูล", $"กรุณาตั้งชื่อไฟล์ เช่น {thai}"));
            }
        }
    }

    private static string? PeriodOf(string name, DatasetSchema schema)
    {
        switch (schema.Period)
        {
            case DataPeriodKind.Standing:
                return name == schema.File ? name : null;
            case DataPeriodKind.FiscalYear:
                return YearName().IsMatch(name) ? name : null;
            default:
                var month = MonthName().Match(name);
                if (!month.Success)
                {
                    return null;
                }

                var number = int.Parse(month.Groups["month"].Value, CultureInfo.InvariantCulture);
                return number is >= 1 and <= 12 ? string.Create(CultureInfo.InvariantCulture, $"{month.Groups["year"].Value}-{number:00}") : null;
        }
    }

    private static (string English, string Thai) Example(DatasetSchema schema) => schema.Period switch
    {
        DataPeriodKind.Standing => ($"{schema.File}.csv", $"{schema.File}.csv"),
        DataPeriodKind.FiscalYear => ("2570.csv, the Buddhist Era fiscal year", "2570.csv ตามปีงบประมาณ พ.ศ."),
        _ => ("2569-10.csv, the Buddhist Era year and month", "2569-10.csv ตามปี พ.ศ. และเดือน"),
    };

    // Buddhist Era only: a file name is an address that must not change, so one spelling per period.
    [GeneratedRegex(@"^25\d\d$")]
    private static partial Regex YearName();

    [GeneratedRegex(@"^(?<year>25\d\d)-(?<month>\d{1,2})$")]
    private static partial Regex MonthName();
}
