using System.Globalization;

namespace Transparency.Checks.Calendar;

/// <summary>Writes dates for people: Thai with Buddhist Era years and Thai month names, English with the Common Era.</summary>
internal static class ThaiDateFormat
{
    public static string Full(DateOnly date, string language) => language == Languages.Thai
        ? $"{date.Day} {ThaiMonths.Full[date.Month - 1]} {BuddhistEra.FromChristian(date.Year)}"
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Abbreviated(DateOnly date, string language) => language == Languages.Thai
        ? $"{date.Day} {ThaiMonths.Abbreviated[date.Month - 1]} {BuddhistEra.FromChristian(date.Year) % 100:00}"
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly date, string language) => language == Languages.Thai
        ? $"{ThaiMonths.Full[date.Month - 1]} {BuddhistEra.FromChristian(date.Year)}"
        : date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ต.ค. 69" or "Oct 2026", for table headings where full month names do not fit.</summary>
    public static string ShortMonthYear(DateOnly date, string language) => language == Languages.Thai
        ? $"{ThaiMonths.Abbreviated[date.Month - 1]} {BuddhistEra.FromChristian(date.Year) % 100:00}"
        : date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ปีงบประมาณ พ.ศ. 2570" or "Fiscal year 2570 (2026/27)": English readers still need the BE name to match documents.</summary>
    public static string FiscalYearName(FiscalYear year, string language) => language == Languages.Thai
        ? $"ปีงบประมาณ พ.ศ. {year.BuddhistYear}"
        : string.Create(CultureInfo.InvariantCulture, $"Fiscal year {year.BuddhistYear} ({year.Start.Year}/{year.End.Year % 100:00})");
}
