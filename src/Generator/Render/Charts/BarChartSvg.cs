using System.Globalization;
using System.Xml.Linq;

namespace Transparency.Generator.Render.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG at build time: no script, prints as drawn, and is read by screen readers
/// as one image with a title and description. Sized for a 360 px screen: each label sits on its own line above its
/// bars so long Thai names never squeeze them; colours come from the theme's <c>--chart-N</c> custom properties.
/// </summary>
internal static class BarChartSvg
{
    private const double Width = 360;
    private const double LegendHeight = 24;
    private const double LabelHeight = 20;
    private const double BarHeight = 16;
    private const double BarGap = 3;
    private const double GroupGap = 10;

    // Room kept right of the longest bar for its value, written in the page's font at 13 units.
    private const double ValueRoom = 104;

    public static string Render(BarChart chart, string id)
    {
        var max = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var scale = max > 0 ? (Width - ValueRoom) / (double)max : 0;
        var groupHeight = LabelHeight + (chart.Series.Count * (BarHeight + BarGap)) + GroupGap;
        var height = LegendHeight + (chart.Labels.Count * groupHeight);
        var svg = new XElement(
            "svg",
            new XAttribute("class", "chart"),
            new XAttribute("viewBox", $"0 0 {Number(Width)} {Number(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XElement("title", new XAttribute("id", $"{id}-title"), chart.Title),
            new XElement("desc", new XAttribute("id", $"{id}-desc"), chart.Description),
            Legend(chart));
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            var top = LegendHeight + (i * groupHeight);
            svg.Add(new XElement("text", new XAttribute("class", "chart-label"), new XAttribute("x", 0), new XAttribute("y", Number(top + LabelHeight - 5)), chart.Labels[i]));
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var y = top + LabelHeight + (s * (BarHeight + BarGap));
                var length = (double)chart.Value(s, i) * scale;
                svg.Add(
                    new XElement("rect", new XAttribute("class", $"chart-series-{s + 1}"), new XAttribute("x", 0), new XAttribute("y", Number(y)), new XAttribute("width", Number(length)), new XAttribute("height", Number(BarHeight))),
                    new XElement("text", new XAttribute("class", "chart-value"), new XAttribute("x", Number(length + 4)), new XAttribute("y", Number(y + BarHeight - 3)), chart.Format(chart.Value(s, i))));
            }
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static IEnumerable<XElement> Legend(BarChart chart)
    {
        // Evenly spaced keys: a series name is short ("งบประมาณ", "Disbursed"), and one row fits three at 360 px.
        var step = Width / Math.Max(chart.Series.Count, 3);
        return chart.Series.SelectMany((series, s) => new[]
        {
            new XElement("rect", new XAttribute("class", $"chart-series-{s + 1}"), new XAttribute("x", Number(s * step)), new XAttribute("y", 4), new XAttribute("width", 12), new XAttribute("height", 12)),
            new XElement("text", new XAttribute("class", "chart-legend"), new XAttribute("x", Number((s * step) + 16)), new XAttribute("y", 15), series.Name),
        });
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
