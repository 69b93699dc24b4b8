using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Transparency.Generator.Search;

/// <summary>Writes the entries of one language into a Lucene index, numbered in the order given.</summary>
internal static class LuceneIndexWriter
{
    public static void Write(IReadOnlyList<SearchEntry> entries, string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var analyzer = new SearchAnalyzer();
        var config = new IndexWriterConfig(SearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        for (var id = 0; id < entries.Count; id++)
        {
            var entry = entries[id];
            var document = new Document
            {
                new TextField(SearchFields.Title, entry.Title, Field.Store.NO),
                new TextField(SearchFields.Headings, entry.Headings, Field.Store.NO),
                new TextField(SearchFields.Body, entry.Body, Field.Store.NO),
                new StoredField(SearchFields.Id, id),
                new StoredField(SearchFields.Url, entry.Url),
                new StoredField(SearchFields.TitleText, entry.Title),
                new StoredField(SearchFields.Section, entry.Section),
                new StoredField(SearchFields.FiscalYear, entry.FiscalYear.ToString(CultureInfo.InvariantCulture)),
                new StoredField(SearchFields.Excerpt, entry.Excerpt),
            };
            // A pair is one untokenised term: the analyser's words, joined, must reach the index as they are.
            foreach (var pair in WordPairs.Of(analyzer.Terms(entry.Title)).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(SearchFields.TitlePairs, pair, Field.Store.NO));
            }

            writer.AddDocument(document);
        }

        writer.Commit();
    }
}
