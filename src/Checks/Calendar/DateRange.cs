using System.Globalization;

namespace Transparency.Checks.Calendar;

/// <summary>A period of whole days, both ends included, written as an ISO 8601 interval such as <c>2026-10-01/2026-10-31</c>.</summary>
internal readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public static DateRange Month(DateOnly anyDay)
    {
        var first = new DateOnly(anyDay.Year, anyDay.Month, 1);
        return new DateRange(first, first.AddMonths(1).AddDays(-1));
    }

    public bool Covers(DateRange other) => Start <= other.Start && End >= other.End;

    public bool Overlaps(DateRange other) => Start <= other.End && End >= other.Start;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public static DateRange? ParseIso(string? text)
    {
        var parts = (text ?? string.Empty).Split('/');
        return parts.Length == 2
            && DateOnly.TryParseExact(parts[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(parts[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && start <= end
            ? new DateRange(start, end)
            : null;
    }

    public string ToIso() => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}");

    /// <summary>A fiscal year by its name, a month by its name, anything else from day to day.</summary>
    public string Describe(string language)
    {
        var year = FiscalYear.Containing(Start);
        if (this == year.Range)
        {
            return ThaiDateFormat.FiscalYearName(year, language);
        }

        return this == Month(Start)
            ? ThaiDateFormat.MonthYear(Start, language)
            : $"{ThaiDateFormat.Full(Start, language)} – {ThaiDateFormat.Full(End, language)}";
    }
}
