using System.Globalization;
using System.Text.RegularExpressions;

namespace Transparency.Generator.Model;

/// <summary>Reads amounts and counts as staff type them: "1,250,000", "629,998.20 บาท", "๑๒", "THB 85,000".</summary>
internal static partial class ThaiAmount
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = Decorations().Replace(ThaiDigits.ToArabic(text), string.Empty);
        return Number().IsMatch(cleaned)
            && decimal.TryParse(cleaned.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    public static bool TryParseCount(string? text, out int count)
    {
        var whole = TryParse(text, out var amount) && decimal.Truncate(amount) == amount && amount is >= int.MinValue and <= int.MaxValue;
        count = whole ? (int)amount : 0;
        return whole;
    }

    [GeneratedRegex(@"\s|บาท|THB|฿", RegexOptions.IgnoreCase)]
    private static partial Regex Decorations();

    // Thousands separators must sit every three digits, so "1,25,000" is caught as a typing mistake.
    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex Number();
}
