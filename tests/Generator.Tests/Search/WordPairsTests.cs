using Transparency.Generator.Search;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Search;

public sealed class WordPairsTests : SiteTest
{
    [Fact]
    public void PairsAreTheNeighbouringWordsJoinedBySpace() =>
        Assert.Equal(["ประกาศ จัด", "จัด ซื้อ", "ซื้อ จัด", "จัด จ้าง"], WordPairs.Of(["ประกาศ", "จัด", "ซื้อ", "จัด", "จ้าง"]));

    [Fact]
    public async Task APageWithTheQueryWordsTogetherInItsTitleRanksAboveOneWithThemApart()
    {
        // The second title is shorter and holds every word of the query, so without pairs BM25 would rank it first.
        Site.Page("procurement/announcements.th.md", "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2570 ของเทศบาลตำบลตัวอย่าง")
            .Page("news/fair.th.md", "จ้าง จัด ซื้อ ประกาศ");
        await Site.BuildAsync();
        using var index = new SearchIndex(StaticIndexFiles.Lucene(Site.Output, "th"));

        var hits = new SiteSearcher(index).Search("ประกาศจัดซื้อจัดจ้าง", 5);

        Assert.Equal(["/th/procurement/announcements/", "/th/news/fair/"], hits.Take(2).Select(h => h.Url));
    }

    [Fact]
    public async Task APairNeverStandsForAPartialOrMistypedWord()
    {
        Site.Page("procurement/plan.th.md", "แผนการจัดซื้อจัดจ้าง");
        await Site.BuildAsync();
        using var index = new SearchIndex(StaticIndexFiles.Lucene(Site.Output, "th"));

        Assert.Contains("จัด ซื้อ", index.Vocabulary);
        Assert.DoesNotContain(QueryExpander.Expand("จัด", index).Matches, m => WordPairs.IsPair(m.Term));
    }
}
