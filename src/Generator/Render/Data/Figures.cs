using System.Globalization;

namespace Transparency.Generator.Render.Data;

/// <summary>Counts and percentages as pages show them: grouped thousands and two decimals; Thai digits come from the <c>digits</c> filter.</summary>
internal static class Figures
{
    public static string Count(int count) => count.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.00", CultureInfo.InvariantCulture);
}
