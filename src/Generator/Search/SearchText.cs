using System.Text;
using System.Text.RegularExpressions;
using Transparency.Generator.Model;

namespace Transparency.Generator.Search;

/// <summary>
/// Makes the ways Thai text is typed compare equal before it is split into words: Thai digits, the two spellings of
/// SARA AM, zero-width characters and tone marks typed before their vowel. The search page's script does the same.
/// </summary>
internal static partial class SearchText
{
    public static string Normalise(string text)
    {
        var result = ThaiDigits.ToArabic(text).Normalize(NormalizationForm.FormC);
        result = ZeroWidth().Replace(result, string.Empty);
        result = SaraAmInTwoParts().Replace(result, "$1\u0E33");
        return ToneBeforeVowel().Replace(result, "$2$1");
    }

    // Zero-width space, non-joiner, joiner, word joiner, byte-order mark and soft hyphen split words invisibly.
    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex ZeroWidth();

    // NIKHAHIT + SARA AA (with a tone mark between or not) looks like SARA AM but is not the same text.
    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B]?)\u0E32")]
    private static partial Regex SaraAmInTwoParts();

    // The standard order is consonant, upper or lower vowel, then tone mark; many keyboards accept the reverse.
    [GeneratedRegex("([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A\u0E47])")]
    private static partial Regex ToneBeforeVowel();
}
