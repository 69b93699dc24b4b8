namespace Transparency.Generator.Render.Charts;

/// <summary>One set of values drawn in one colour, such as the budget or the amount disbursed, one value per label.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// A horizontal bar chart: a group of bars per label, one bar per series. <paramref name="Description"/> says in words
/// what the chart shows for screen readers; <paramref name="Format"/> writes a value as the page's language does.
/// </summary>
internal sealed record BarChart(string Title, string Description, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, Func<decimal, string> Format)
{
    /// <summary>The value of <paramref name="series"/> for the label at <paramref name="index"/>.</summary>
    public decimal Value(int series, int index) => Series[series].Values[index];
}
