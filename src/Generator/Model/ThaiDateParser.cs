using System.Globalization;
using System.Text.RegularExpressions;

namespace Transparency.Generator.Model;

/// <summary>
/// Reads dates the way Thai staff write them: ISO order, day/month/year, or "1 ต.ค. 2567" with a Thai month name,
/// in Thai or Arabic digits. Years above 2400 are Buddhist Era; two-digit years are Buddhist Era 25xx.
/// </summary>
internal static partial class ThaiDateParser
{
    public const string AcceptedForms = "2569-10-01, 1/10/2569, 1 ต.ค. 2569, 1 ตุลาคม พ.ศ. 2569 or 2026-10-01";

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = ThaiDigits.ToArabic(text.Trim());
        var iso = IsoDate().Match(normalised);
        if (iso.Success)
        {
            return TryBuild(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), out date);
        }

        var numeric = DayMonthYear().Match(normalised);
        if (numeric.Success)
        {
            return TryBuild(Number(numeric, "y"), Number(numeric, "m"), Number(numeric, "d"), out date);
        }

        var named = ThaiNamedDate().Match(normalised);
        if (named.Success && ThaiMonths.Parse(named.Groups["m"].Value) is { } month)
        {
            return TryBuild(Number(named, "y"), month, Number(named, "d"), out date);
        }

        return false;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryBuild(int writtenYear, int month, int day, out DateOnly date)
    {
        date = default;
        var year = writtenYear < 100
            ? BuddhistEra.ToChristian(2500 + writtenYear)
            : BuddhistEra.NormaliseToChristian(writtenYear);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2}|\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*(?<m>[\u0E00-\u0E7F.\s]+?)\s*(?:พ\.\s?ศ\.\s*)?(?<y>\d{2}|\d{4})$")]
    private static partial Regex ThaiNamedDate();
}
