using System.Globalization;
using System.Text.RegularExpressions;
using Transparency.Generator.Model;

namespace Transparency.Generator.Load.Data;

/// <summary>A date in any form staff write (<see cref="ThaiDateParser.AcceptedForms"/>); a year above 2400 is Buddhist Era.</summary>
internal sealed class Date : CellConverter
{
    protected override string Format(object value) => Iso((DateOnly)value);

    protected override object Convert(string cell) => ThaiDateParser.TryParse(cell, out var date)
        ? date
        : throw new CellException($"'{cell}' is not a date.", $"Write it like {ThaiDateParser.AcceptedForms}.",
            $"'{cell}' ไม่ใช่วันที่", "กรุณาเขียน เช่น 1 ต.ค. 2569 หรือ 1/10/2569");

    /// <summary>Buddhist Era ISO-like form, 2569-10-01, which reads back as the same date.</summary>
    public static string Iso(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{BuddhistEra.FromChristian(date.Year)}-{date.Month:00}-{date.Day:00}");
}

/// <summary>A month, written "ต.ค. 2569", "ตุลาคม 2569", "10/2569" or "2569-10"; read as its first day.</summary>
internal sealed partial class Month : CellConverter
{
    protected override string Format(object value)
    {
        var month = (DateOnly)value;
        return string.Create(CultureInfo.InvariantCulture, $"{BuddhistEra.FromChristian(month.Year)}-{month.Month:00}");
    }

    protected override object Convert(string cell) => TryParse(ThaiDigits.ToArabic(cell), out var month)
        ? month
        : throw new CellException($"'{cell}' is not a month.", "Write it like ต.ค. 2569, 10/2569 or 2569-10.",
            $"'{cell}' ไม่ใช่เดือน", "กรุณาเขียน เช่น ต.ค. 2569, 10/2569 หรือ 2569-10");

    private static bool TryParse(string cell, out DateOnly month)
    {
        month = default;
        var numeric = Numeric().Match(cell);
        var named = Named().Match(cell);
        var (year, number) = numeric.Success
            ? (numeric.Groups["year"].Value, (int?)int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture))
            : named.Success ? (named.Groups["year"].Value, ThaiMonths.Parse(named.Groups["name"].Value)) : (string.Empty, null);
        if (number is not (>= 1 and <= 12) || year.Length != 4)
        {
            return false;
        }

        month = new DateOnly(BuddhistEra.NormaliseToChristian(int.Parse(year, CultureInfo.InvariantCulture)), number.Value, 1);
        return true;
    }

    [GeneratedRegex(@"^(?:(?<month>\d{1,2})/(?<year>\d{4})|(?<year>\d{4})-(?<month>\d{1,2}))$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<name>[^\d\s]+)\s*(?:พ\.ศ\.\s*)?(?<year>\d{4})$")]
    private static partial Regex Named();
}
