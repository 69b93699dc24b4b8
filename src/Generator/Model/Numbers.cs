using System.Globalization;

namespace Transparency.Generator.Model;

/// <summary>How amounts and shares are written on pages and in messages: thousands separators, two decimals for baht.</summary>
internal static class Numbers
{
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> as a percentage with two decimals; 0 of nothing is 0.</summary>
    public static string Percent(decimal part, decimal whole) =>
        (whole == 0 ? 0 : Math.Round(part * 100 / whole, 2, MidpointRounding.AwayFromZero)).ToString("0.00", CultureInfo.InvariantCulture);
}
