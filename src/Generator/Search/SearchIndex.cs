using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Transparency.Generator.Search;

/// <summary>An open Lucene search index of one language: its entries, its vocabulary, and BM25 scoring.</summary>
internal sealed class SearchIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly int[] entryOfDoc;

    public SearchIndex(string folder)
    {
        directory = FSDirectory.Open(folder);
        reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var stored = Enumerable.Range(0, reader.MaxDoc).Select(Read).ToList();
        entryOfDoc = stored.Select(h => h.Id).ToArray();
        Entries = stored.OrderBy(h => h.Id).ToList();

        Vocabulary = SearchFields.Boosts.Keys
            .SelectMany(TermsOf)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public IndexSearcher Searcher { get; }

    /// <summary>Every entry by its own number (the order in which it was added).</summary>
    public IReadOnlyList<SearchHit> Entries { get; }

    /// <summary>Every term of the searched fields, in ordinal order.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>The entry number of a Lucene document number (Lucene may renumber documents when it merges segments).</summary>
    public int EntryOf(int luceneDoc) => entryOfDoc[luceneDoc];

    public bool Contains(string term) => SearchFields.Boosts.Keys.Any(f => reader.DocFreq(new Term(f, term)) > 0);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private SearchHit Read(int doc)
    {
        var stored = reader.Document(doc);
        return new SearchHit(
            int.Parse(stored.Get(SearchFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            stored.Get(SearchFields.Url, CultureInfo.InvariantCulture),
            stored.Get(SearchFields.TitleText, CultureInfo.InvariantCulture),
            stored.Get(SearchFields.Section, CultureInfo.InvariantCulture),
            int.Parse(stored.Get(SearchFields.FiscalYear, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            stored.Get(SearchFields.Excerpt, CultureInfo.InvariantCulture),
            0f);
    }

    private IEnumerable<string> TermsOf(string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            yield break;
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            yield return e.Term.Utf8ToString();
        }
    }
}
