using System.Globalization;
using Transparency.Checks.Criteria;
using Transparency.Checks.Oit;
using Transparency.Generator.Model;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Oit;

/// <summary>The estimated score against a result the NACC published (seed 002: an organisation's ITA 2565 result).</summary>
public sealed class OitScoreTests
{
    private static readonly CriteriaSet Ita2565 = CriteriaCatalog.Load("2565")!;

    /// <summary>The items the assessors did not accept, as listed in the seed's remarks.</summary>
    private static readonly string[] FailedInSeed = ["O3", "O11", "O12", "O17", "O20", "O28"];

    [Fact]
    public void ReproducesThePublishedIndicatorNineAndOitScores()
    {
        var (indicator9, oit) = PublishedScores();

        var score = OitScore.Compute(Ita2565, code => !FailedInSeed.Contains(code));

        Assert.Equal(indicator9, Math.Round(score.Indicators.Single(i => i.Code == "9").Score, 2));
        Assert.Equal(100, score.Indicators.Single(i => i.Code == "10").Score);
        Assert.Equal(oit, Math.Round(score.Oit, 2));
    }

    [Fact]
    public void IndicatorNineIsTheMeanOfItsSubIndicatorsNotOfItsItems()
    {
        var score = OitScore.Compute(Ita2565, code => !FailedInSeed.Contains(code));

        Assert.Equal([88.89, 62.5, 85.71, 75, 100], score.Groups.Where(g => g.Code.StartsWith("9.", StringComparison.Ordinal)).Select(g => Math.Round(g.Score, 2)));
        Assert.NotEqual(Math.Round(27 / 33.0 * 100, 2), Math.Round(score.Indicators[0].Score, 2));
    }

    [Fact]
    public void IndicatorTenIsTheMeanOfItsItems()
    {
        var score = OitScore.Compute(Ita2565, code => code != "O43");

        Assert.Equal(90, score.Indicators.Single(i => i.Code == "10").Score);
        Assert.Equal(95, score.Oit);
    }

    /// <summary>Reads indicator 9 and the OIT score from the seed's result table, written in Thai digits.</summary>
    private static (double Indicator9, double Oit) PublishedScores()
    {
        var line = File.ReadLines(Path.Combine(RepositoryPaths.Shared, "seeds", "002_8b99603f102cd2b0.txt"))
            .First(l => l.StartsWith("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t", StringComparison.Ordinal));
        var cells = ThaiDigits.ToArabic(line).Split('\t');
        return (double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture));
    }
}
