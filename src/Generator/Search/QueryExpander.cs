using Lucene.Net.Util.Automaton;

namespace Transparency.Generator.Search;

/// <summary>
/// Finds the index terms a query word stands for. The search page's script applies the same rules to the terms
/// of the index file it fetched for the word, so the command line and the web page find the same pages.
/// </summary>
internal static class QueryExpander
{
    public const float PartialWeight = 0.8f;
    public const float MistypedWeight = 0.6f;
    public const int MaxMatches = 8;

    // One mistake in a word of one or two letters makes another word altogether; so does adding letters to it.
    private const int ShortestMistyped = 3;
    private const int ShortestPartial = 3;

    public static QueryTerm Expand(string word, SearchIndex index)
    {
        // A pair of the query's words stands only for itself.
        if (WordPairs.IsPair(word))
        {
            return new QueryTerm(word, index.Contains(word) ? [(word, 1f)] : []);
        }

        // A word of three letters or more may also be the start of a longer one ("procure", "งบประ").
        var matches = index.Contains(word) ? [(word, 1f)] : new List<(string, float)>();
        if (word.Length >= ShortestPartial)
        {
            matches.AddRange(index.Vocabulary
                .Where(t => t.Length > word.Length && t.StartsWith(word, StringComparison.Ordinal) && !WordPairs.IsPair(t))
                .Take(MaxMatches)
                .Select(t => (t, PartialWeight)));
        }

        if (matches.Count > 0 || word.Length < ShortestMistyped)
        {
            return new QueryTerm(word, matches);
        }

        // The first letter is rarely the mistaken one, and keeping it leaves few terms to compare.
        var oneMistake = new CharacterRunAutomaton(new LevenshteinAutomata(word, true).ToAutomaton(1));
        var mistyped = index.Vocabulary
            .Where(t => t[0] == word[0] && Math.Abs(t.Length - word.Length) <= 1 && !WordPairs.IsPair(t) && oneMistake.Run(t))
            .Take(MaxMatches)
            .ToList();
        return new QueryTerm(word, mistyped.Select(t => (t, MistypedWeight)).ToList());
    }
}
