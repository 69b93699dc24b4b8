using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace Transparency.Generator.Search;

/// <summary>
/// The one analysis chain for pages and queries in both languages: Thai normalisation, ICU word breaking, lower case,
/// then English possessives, stop words and plural stemming (these touch only Latin words, so Thai text passes through).
/// </summary>
internal sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English function words left out of the index; the search page's script drops them from queries too.</summary>
    public static IEnumerable<string> StopWords => EnglishAnalyzer.DefaultStopSet.Order(StringComparer.Ordinal);

    /// <summary>The index terms of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new ThaiWordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(SearchText.Normalise(reader.ReadToEnd()));
}
