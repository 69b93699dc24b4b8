using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Transparency.Generator.Search;

/// <summary>Answers a query from a language's Lucene index with BM25: the command line's and the tests' search.</summary>
internal sealed class SiteSearcher(SearchIndex index)
{
    private readonly SearchAnalyzer analyzer = new();

    /// <summary>The words of a query as the index spells them, then its pairs of neighbouring words, with the terms each stands for.</summary>
    public IReadOnlyList<QueryTerm> Understand(string query)
    {
        var words = analyzer.Terms(query);
        return words.Concat(WordPairs.Of(words))
            .Distinct(StringComparer.Ordinal)
            .Select(w => QueryExpander.Expand(w, index))
            .ToList();
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var terms = Understand(query).Where(t => t.Matches.Count > 0).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            // A word counts once, by its best-matching term, however many terms it stands for.
            var best = new DisjunctionMaxQuery(0f);
            foreach (var (text, weight) in term.Matches)
            {
                var one = ForTerm(text);
                one.Boost = weight;
                best.Add(one);
            }

            all.Add(best, Occur.SHOULD);
        }

        return index.Searcher.Search(all, limit).ScoreDocs
            .Select(d => index.Entries[index.EntryOf(d.Doc)] with { Score = d.Score })
            .ToList();
    }

    /// <summary>One index term in every searched field, each field weighted by its boost: the score a page gets for the term.</summary>
    public static BooleanQuery ForTerm(string term)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in SearchFields.Boosts)
        {
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        }

        return query;
    }
}
