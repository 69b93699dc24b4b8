using System.Text.RegularExpressions;
using Transparency.Generator.Model;

namespace Transparency.Generator.Load;

/// <summary>Normalises OIT item codes as staff write them ("o23", "O๒๓", "0 23") to the canonical "O23".</summary>
internal static partial class OitCode
{
    public static string? Normalise(string written)
    {
        var match = Pattern().Match(ThaiDigits.ToArabic(written.Trim()));
        return match.Success ? "O" + int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:[Oo0]|OIT)\s*(\d{1,2})$")]
    private static partial Regex Pattern();
}
