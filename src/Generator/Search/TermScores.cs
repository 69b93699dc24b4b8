using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Transparency.Generator.Search;

/// <summary>
/// A term's best pages with the BM25 scores <see cref="SiteSearcher.ForTerm"/> gives them, read straight from the
/// postings with Lucene's own scorer: a query per term cost most of the search step on a 10,000-page site.
/// </summary>
internal sealed class TermScores(SearchIndex index)
{
    private readonly IndexReader reader = index.Searcher.IndexReader;
    private readonly Similarity similarity = index.Searcher.Similarity;

    /// <summary>Lucene document numbers and scores, best first, ties in document order, as Lucene ranks them.</summary>
    public IEnumerable<(int Doc, float Score)> Best(string term, int limit)
    {
        // Summed field by field in double, in the order of the clauses, as Lucene's BooleanScorer adds them.
        var sums = new Dictionary<int, double>();
        foreach (var (field, boost) in SearchFields.Boosts)
        {
            var key = new Term(field, term);
            var states = TermContext.Build(reader.Context, key);
            if (states.DocFreq == 0)
            {
                continue;
            }

            var weight = similarity.ComputeWeight(boost, index.Searcher.CollectionStatistics(field), index.Searcher.TermStatistics(key, states));
            weight.Normalize(1f, 1f);
            foreach (var leaf in reader.Leaves)
            {
                if (states.Get(leaf.Ord) is not { } state)
                {
                    continue;
                }

                var terms = leaf.AtomicReader.GetTerms(field).GetEnumerator();
                terms.SeekExact(key.Bytes, state);
                var docs = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
                var scorer = similarity.GetSimScorer(weight, leaf);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    sums[leaf.DocBase + doc] = sums.GetValueOrDefault(leaf.DocBase + doc) + scorer.Score(doc, docs.Freq);
                }
            }
        }

        return sums
            .Select(s => (Doc: s.Key, Score: (float)s.Value))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Doc)
            .Take(limit);
    }
}
