using System.Text;

namespace Transparency.Generator.Model;

/// <summary>Converts between Thai digits (๐–๙) and Arabic digits (0–9).</summary>
internal static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';

    public static string ToArabic(string text) => Map(text, ThaiZero, '0');

    public static string ToThai(string text) => Map(text, '0', ThaiZero);

    private static string Map(string text, char fromZero, char toZero)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var offset = text[i] - fromZero;
            if (offset is < 0 or > 9)
            {
                continue;
            }

            result ??= new StringBuilder(text);
            result[i] = (char)(toZero + offset);
        }

        return result?.ToString() ?? text;
    }
}
