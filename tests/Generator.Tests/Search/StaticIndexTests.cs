using System.Text.Json;
using Transparency.Generator.Search;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Search;

/// <summary>The static files the search page reads hold what the Lucene index holds, in small pieces.</summary>
public sealed class StaticIndexTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public void EveryTermIsInTheFileTheManifestPointsToWithLuceneScores(string language)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(StaticIndexFiles.Manifest(sample.Output, language)));
        var firstTerms = manifest.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
        using var index = new SearchIndex(StaticIndexFiles.Lucene(sample.Output, language));
        var files = new Dictionary<int, JsonDocument>();
        foreach (var term in index.Vocabulary)
        {
            var number = firstTerms.FindLastIndex(t => string.CompareOrdinal(t, term) <= 0);
            if (!files.TryGetValue(number, out var file))
            {
                file = files[number] = JsonDocument.Parse(File.ReadAllText(StaticIndexFiles.TermChunk(sample.Output, language, number)));
            }

            var postings = file.RootElement.GetProperty(term).EnumerateArray().Select(n => n.GetInt32()).ToList();
            var expected = index.Searcher.Search(SiteSearcher.ForTerm(term), StaticIndexExporter.MaxPagesPerTerm).ScoreDocs
                .ToDictionary(d => index.EntryOf(d.Doc), d => (int)Math.Max(1, Math.Round(d.Score * 100)));
            var id = 0;
            var exported = new Dictionary<int, int>();
            for (var i = 0; i < postings.Count; i += 2)
            {
                id += postings[i];
                exported[id] = postings[i + 1];
            }

            Assert.Equal(expected, exported);
        }

        foreach (var file in files.Values)
        {
            file.Dispose();
        }
    }

    [Fact]
    public void TermFilesStaySmall()
    {
        var files = Directory.EnumerateFiles(Path.Combine(StaticIndexFiles.Folder(sample.Output, "th"), "t")).ToList();
        Assert.True(files.Count > 1);
        Assert.All(files, f => Assert.True(new FileInfo(f).Length < 2 * StaticIndexExporter.TermChunkBytes, f));
    }

    [Fact]
    public void DocumentsAreFoundByTheirTitleAndTheSearchPageItselfIsNot()
    {
        using var index = new SearchIndex(StaticIndexFiles.Lucene(sample.Output, "en"));
        var urls = index.Entries.Select(e => e.Url).ToList();
        Assert.Contains("/documents/2570/no-gift-policy-2570.pdf", urls);
        Assert.DoesNotContain("/en/search/", urls);
        var hits = new SiteSearcher(index).Search("ordinance", 3);
        Assert.Equal("/documents/2570/budget-ordinance-2570.pdf", hits[0].Url);
        Assert.Equal("documents", hits[0].Section);
        Assert.Equal(2570, hits[0].FiscalYear);
    }
}
