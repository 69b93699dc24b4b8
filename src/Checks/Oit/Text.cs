using System.Text.RegularExpressions;

namespace Transparency.Checks.Oit;

/// <summary>Text compared the way a reader sees it: whitespace collapsed, case ignored.</summary>
internal static partial class Text
{
    public static string Normalise(string? text) => Spaces().Replace(text ?? string.Empty, " ").Trim().ToLowerInvariant();

    public static bool ContainsAny(string normalisedText, IEnumerable<string> phrases) =>
        phrases.Any(p => normalisedText.Contains(Normalise(p), StringComparison.Ordinal));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
