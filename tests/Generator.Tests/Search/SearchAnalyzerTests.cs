using Transparency.Generator.Search;

namespace Transparency.Generator.Tests.Search;

public sealed class SearchAnalyzerTests
{
    private readonly SearchAnalyzer analyzer = new();

    [Theory]
    [InlineData("งบประมาณ ๒๕๖๘", "งบประมาณ 2568")]
    [InlineData("น\u0E4D\u0E32", "น\u0E33")]
    [InlineData("น\u0E49\u0E4D\u0E32", "น\u0E49\u0E33")]
    [InlineData("จัด\u200Bซื้อ", "จัดซื้อ")]
    [InlineData("ก\u0E48\u0E35", "ก\u0E35\u0E48")]
    public void NormalisationMakesTheWaysThaiIsTypedEqual(string typed, string standard) =>
        Assert.Equal(standard, SearchText.Normalise(typed));

    [Fact]
    public void UnspacedThaiIsSplitIntoTheWordsItWouldHaveWithSpaces()
    {
        var terms = analyzer.Terms("สถิติเรื่องร้องเรียน");
        Assert.Equal(analyzer.Terms("สถิติ เรื่อง ร้องเรียน"), terms);
        Assert.Equal(["สถิติ", "เรื่อง"], terms.Take(2));
    }

    [Fact]
    public void ThaiDigitsAndArabicDigitsGiveTheSameTerm() =>
        Assert.Equal(analyzer.Terms("ปีงบประมาณ 2570"), analyzer.Terms("ปีงบประมาณ ๒๕๗๐"));

    [Fact]
    public void EnglishIsLowerCasedStemmedAndStopWordsAreLeftOut() =>
        Assert.Equal(["policy", "municipality", "plan"], analyzer.Terms("The Policies of the Municipality's Plans"));

    [Fact]
    public void ThaiAndEnglishInOneTextAreBothSplit() =>
        Assert.Equal(["นโยบาย", "gift", "policy", "2570"], analyzer.Terms("นโยบาย Gift Policy ๒๕๗๐"));
}
