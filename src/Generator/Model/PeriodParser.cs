using System.Globalization;
using System.Text.RegularExpressions;

namespace Transparency.Generator.Model;

/// <summary>
/// Reads the <c>period</c> a page covers as staff write it: a span of fiscal years such as "2566–2570" (a five-year
/// plan), or two dates such as "1 ต.ค. 2569 – 31 มี.ค. 2570".
/// </summary>
internal static partial class PeriodParser
{
    public const string AcceptedForms = "2566–2570 (fiscal years) or 1 ต.ค. 2569 – 31 มี.ค. 2570";

    public static bool TryParse(string? text, out DateRange period)
    {
        period = default;
        var written = ThaiDigits.ToArabic((text ?? string.Empty).Trim());
        var years = YearSpan().Match(written);
        if (years.Success)
        {
            var first = Year(years.Groups["from"].Value);
            var last = Year(years.Groups["to"].Value);
            period = new DateRange(first.Start, last.End);
            return first.BuddhistYear <= last.BuddhistYear;
        }

        var ends = Separator().Split(written);
        if (ends.Length == 2 && ThaiDateParser.TryParse(ends[0], out var start) && ThaiDateParser.TryParse(ends[1], out var end) && start <= end)
        {
            period = new DateRange(start, end);
            return true;
        }

        return false;
    }

    private static FiscalYear Year(string written) =>
        new(BuddhistEra.FromChristian(BuddhistEra.NormaliseToChristian(int.Parse(written, CultureInfo.InvariantCulture))));

    [GeneratedRegex(@"^(?<from>\d{4})\s*[-–]\s*(?<to>\d{4})$")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\s+[-–]\s+|\s*–\s*|\s+ถึง\s+|\s+to\s+")]
    private static partial Regex Separator();
}
