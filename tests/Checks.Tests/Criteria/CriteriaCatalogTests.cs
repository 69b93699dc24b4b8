using Transparency.Checks.Criteria;
using Transparency.Checks.Oit.Rules;

namespace Transparency.Checks.Tests.Criteria;

public sealed class CriteriaCatalogTests
{
    private static readonly CriteriaSet Ita2565 = CriteriaCatalog.Load("2565")!;

    [Fact]
    public void Version2565HasTheFortyThreeItemsInOrder() =>
        Assert.Equal(Enumerable.Range(1, 43).Select(i => $"O{i}"), Ita2565.Items.Select(i => i.Code));

    [Fact]
    public void SubIndicatorsHoldTheItemCountsTheScoreIsComputedFrom()
    {
        var sizes = Ita2565.Indicators.SelectMany(i => i.Groups).ToDictionary(g => g.Code, g => g.Items.Count);

        Assert.Equal(
            new Dictionary<string, int> { ["9.1"] = 9, ["9.2"] = 8, ["9.3"] = 7, ["9.4"] = 4, ["9.5"] = 5, ["10.1"] = 8, ["10.2"] = 2 },
            sizes);
    }

    [Fact]
    public void EveryItemHasTitlesInBothLanguagesAndATimeRule() =>
        Assert.All(Ita2565.Items, item =>
        {
            Assert.NotEmpty(item.Title.Th);
            Assert.NotEmpty(item.Title.En);
            Assert.NotEmpty(item.Rule);
        });

    [Fact]
    public void EveryItemNamesAKnownRuleAndWhatItsPageMustShow() =>
        Assert.All(Ita2565.Items, item =>
        {
            Assert.Contains(item.Rule, TimeRules.ByName.Keys);
            Assert.NotEmpty(item.Elements);
            Assert.All(item.Elements, e => Assert.False(string.IsNullOrEmpty(e.Title.Th) || string.IsNullOrEmpty(e.Title.En), $"{item.Code} {e.Id}"));
        });

    [Fact]
    public void ConsistencyNamesAnItemOfTheSameCriteria() =>
        Assert.All(Ita2565.Items.Where(i => i.Consistency is not null), item => Assert.Contains(item.Consistency!.Item, Ita2565.Items.Select(i => i.Code)));

    [Fact]
    public void UnknownVersionIsNotFound() => Assert.Null(CriteriaCatalog.Load("2499"));

    [Fact]
    public void ListsTheVersionsItShips() => Assert.Contains("2565", CriteriaCatalog.Versions);
}
