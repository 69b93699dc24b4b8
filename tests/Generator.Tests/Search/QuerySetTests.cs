using Transparency.Generator.Search;
using Xunit.Abstractions;
using Checks = Transparency.Checks;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Search;

/// <summary>The whole query set against the sample site's Lucene index, the one <c>transparency search</c> reads.</summary>
public sealed class QuerySetTests(SampleSite sample, ITestOutputHelper output) : IClassFixture<SampleSite>
{
    [Fact]
    public void QuerySetHasFortyThaiAndTenEnglishQueries()
    {
        var queries = QuerySet.Load();
        Assert.True(queries.Count(q => q.Lang == "th") >= 40);
        Assert.True(queries.Count(q => q.Lang == "en") >= 10);
        Assert.All(queries, q => Assert.False(string.IsNullOrWhiteSpace(q.Q) || string.IsNullOrWhiteSpace(q.Page), q.ToString()));
    }

    [Fact]
    public void AtLeastNinetyFivePercentOfQueriesFindTheirPageInTheFirstFive()
    {
        var queries = QuerySet.Load();
        var answers = new List<(SearchQuery, IReadOnlyList<string>)>();
        foreach (var language in queries.GroupBy(q => q.Lang))
        {
            using var index = new SearchIndex(StaticIndexFiles.Lucene(sample.Output, language.Key));
            var searcher = new SiteSearcher(index);
            answers.AddRange(language.Select(q => (q, (IReadOnlyList<string>)searcher.Search(q.Q, QuerySet.Depth).Select(h => h.Url).ToList())));
        }

        var misses = QuerySet.Misses(answers);
        var recall = 1 - ((double)misses.Count / queries.Count);
        var report = $"recall@5 {recall:P1} ({misses.Count} of {queries.Count} missed):\n" + string.Join('\n', misses);
        output.WriteLine(report);
        Assert.True(recall >= QuerySet.RequiredRecall, report);
    }

    [Fact]
    public void EveryExpectedPageIsInTheIndex()
    {
        var urls = Checks.Languages.All.SelectMany(l =>
        {
            using var index = new SearchIndex(StaticIndexFiles.Lucene(sample.Output, l));
            return index.Entries.Select(e => e.Url).ToList();
        }).ToHashSet(StringComparer.Ordinal);
        Assert.All(QuerySet.Load(), q => Assert.Contains(q.Page, urls));
    }
}
