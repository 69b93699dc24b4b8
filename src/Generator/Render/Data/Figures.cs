using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>How numbers read on data pages: baht with thousands separators, percentages to two places, "–" for nothing.</summary>
internal static class Figures
{
    public const string None = "–";

    public static string Baht(decimal amount) => amount.ToString(decimal.Truncate(amount) == amount ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount in a table cell, where a zero reads better as "–", as in the budget ordinance.</summary>
    public static string BahtOrNone(decimal amount) => amount == 0 ? None : Baht(amount);

    /// <summary>An amount as procurement forms write it, always with satang: 1,250,000.00.</summary>
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A percentage already computed, to two places.</summary>
    public static string Percent(decimal percent) => percent.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>.</summary>
    public static string Percent(decimal part, decimal whole) => whole == 0 ? None : (part * 100 / whole).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A chart's numbers in the page's digits; tables get theirs from the <c>digits</c> filter, which cannot reach inside SVG.</summary>
    public static Func<decimal, string> ForChart(Site site, string language, Func<decimal, string> format) =>
        site.Config.ThaiDigits && language == Languages.Thai ? value => ThaiDigits.ToThai(format(value)) : format;

    /// <summary>A column's heading from its dataset's schema, so pages, downloads and documentation use the same words.</summary>
    public static string Heading(DatasetSchema schema, string key, string language) =>
        language == Languages.Thai ? schema.Column(key).Th : schema.Column(key).En;

    /// <summary>The name of a choice's code in <paramref name="language"/>.</summary>
    public static string Choice(DatasetSchema schema, string key, string code, string language) =>
        schema.Column(key).Choices.First(c => c.Code == code).In(language);

    /// <summary>The codes of a choice column that appear in <paramref name="codes"/>, in the schema's order, as official forms list them.</summary>
    public static List<string> Present(DatasetSchema schema, string key, IEnumerable<string> codes)
    {
        var used = codes.ToHashSet(StringComparer.Ordinal);
        return schema.Column(key).Choices.Select(c => c.Code).Where(used.Contains).ToList();
    }

    /// <summary>The theme's UI strings of one language, by key.</summary>
    public static Func<string, string> Strings(Site site, string language) => key => site.Strings.Get(language, key);
}
