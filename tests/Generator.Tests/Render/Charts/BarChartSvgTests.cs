using System.Globalization;
using System.Xml.Linq;
using Transparency.Generator.Render.Charts;

namespace Transparency.Generator.Tests.Render.Charts;

public sealed class BarChartSvgTests
{
    private static readonly BarChart Chart = new(
        "Budget against spending",
        "Personnel: 200 and 150; Capital: 100 and 0.",
        ["Personnel", "Capital <new>"],
        [new ChartSeries("Budget", [200m, 100m]), new ChartSeries("Spent", [150m, 0m])],
        value => value.ToString("#,##0", CultureInfo.InvariantCulture) + " baht");

    [Fact]
    public void IsOneImageNamedByItsTitleAndDescription()
    {
        var svg = Render("c1");

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Budget against spending", svg.Elements("title").Single(t => (string?)t.Attribute("id") == "c1-title").Value);
        Assert.Equal(Chart.Description, svg.Elements("desc").Single().Value);
    }

    [Fact]
    public void BarsAreProportionalToTheirValuesAndTheLongestLeavesRoomForItsLabel()
    {
        var bars = Bars(Render("c1"));

        Assert.Equal([256d, 192d, 128d, 0d], bars.Select(b => b.Width));
        Assert.Equal(["chart-series-1", "chart-series-2", "chart-series-1", "chart-series-2"], bars.Select(b => b.Class));
    }

    [Fact]
    public void EveryValueIsWrittenBesideItsBarInTheGivenFormatAndLabelsAreEscaped()
    {
        var texts = Render("c1").Elements("text").Select(t => t.Value).ToList();

        Assert.Contains("150 baht", texts);
        Assert.Contains("0 baht", texts);
        Assert.Contains("Capital <new>", texts);
        Assert.Contains("&lt;new&gt;", BarChartSvg.Render(Chart, "c1"), StringComparison.Ordinal);
        Assert.Equal(["Budget", "Spent"], Render("c1").Elements("text").Where(t => (string?)t.Attribute("class") == "chart-legend").Select(t => t.Value));
    }

    [Fact]
    public void ScalesToTheWidthItIsGivenWithoutAFixedSize()
    {
        var svg = Render("c1");

        Assert.StartsWith("0 0 360 ", (string?)svg.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.Null(svg.Attribute("width"));
    }

    [Fact]
    public void AllZeroValuesDrawEmptyBars()
    {
        var chart = Chart with { Series = [new ChartSeries("Budget", [0m, 0m])] };

        Assert.All(Bars(XElement.Parse(BarChartSvg.Render(chart, "z"))), b => Assert.Equal(0d, b.Width));
    }

    private static XElement Render(string id) => XElement.Parse(BarChartSvg.Render(Chart, id));

    // The bars, not the legend's keys, which sit in the first row.
    private static List<(double Width, string Class)> Bars(XElement svg) => svg.Elements("rect")
        .Where(r => double.Parse((string)r.Attribute("y")!, CultureInfo.InvariantCulture) > 20)
        .Select(r => (double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture), (string)r.Attribute("class")!))
        .ToList();
}
