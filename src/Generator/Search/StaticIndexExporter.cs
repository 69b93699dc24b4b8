using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Transparency.Generator.Search;

/// <summary>
/// Exports a language's Lucene index as small static files: each term's pages with their BM25 scores already
/// computed by Lucene, cut into files of neighbouring terms (so a query fetches one small file per word and finds
/// partial and mistyped words among the neighbours), and the results' titles and excerpts in files of a few entries.
/// </summary>
internal static class StaticIndexExporter
{
    /// <summary>Only a term's best-scoring pages are kept: deeper ones never reach a first page of results.</summary>
    public const int MaxPagesPerTerm = 200;

    public const int TermChunkBytes = 4 * 1024;

    public const int EntriesPerChunk = 2;

    // Scores are sent as whole hundredths: the order of results does not need more.
    private const float ScoreScale = 100f;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Export(SearchIndex index, string site, string language, SearchLabels labels)
    {
        var termChunks = WriteTermChunks(index, new TermScores(index), site, language);
        WriteEntryChunks(index, site, language);
        var groups = index.Entries
            .Select((e, id) => (e.Section, e.FiscalYear, Id: id))
            .Where((e, i) => i == 0 || index.Entries[i - 1].Section != e.Section || index.Entries[i - 1].FiscalYear != e.FiscalYear)
            .Select(g => new object[] { g.Id, g.Section, g.FiscalYear })
            .ToList();
        var manifest = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["entries"] = index.Entries.Count,
            ["perChunk"] = EntriesPerChunk,
            ["terms"] = termChunks,
            ["groups"] = groups,
            ["sections"] = labels.Sections,
            ["years"] = labels.Years,
            ["stop"] = SearchAnalyzer.StopWords.ToList(),
            ["weights"] = new[] { QueryExpander.PartialWeight, QueryExpander.MistypedWeight },
            ["maxMatches"] = QueryExpander.MaxMatches,
        };
        // The version changes whenever the index does, so browsers never mix files of two builds.
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(manifest, Json) + string.Join(',', index.Entries.Select(e => e.Url)))))[..12];
        manifest["version"] = version;
        File.WriteAllText(StaticIndexFiles.Manifest(site, language), JsonSerializer.Serialize(manifest, Json));
    }

    /// <summary>Writes the term files and returns the first term of each, which tells the script where a term is.</summary>
    private static List<string> WriteTermChunks(SearchIndex index, TermScores scores, string site, string language)
    {
        var firstTerms = new List<string>();
        var chunk = new StringBuilder();
        var bytes = 0;
        foreach (var term in index.Vocabulary)
        {
            var entry = JsonSerializer.Serialize(term, Json) + ":" + Postings(index, scores, term);
            if (chunk.Length > 0 && bytes + entry.Length > TermChunkBytes)
            {
                WriteChunk(site, language, firstTerms.Count - 1, chunk);
                chunk.Clear();
                bytes = 0;
            }

            if (chunk.Length == 0)
            {
                firstTerms.Add(term);
            }

            chunk.Append(chunk.Length == 0 ? '{' : ',').Append(entry);
            bytes += Encoding.UTF8.GetByteCount(entry) + 1;
        }

        if (chunk.Length > 0)
        {
            WriteChunk(site, language, firstTerms.Count - 1, chunk);
        }

        return firstTerms;
    }

    private static void WriteChunk(string site, string language, int number, StringBuilder chunk)
    {
        var file = StaticIndexFiles.TermChunk(site, language, number);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, chunk.Append('}').ToString());
    }

    /// <summary>A term's best pages as [gap, score, gap, score…]: entry numbers ascending, each as the gap from the one before.</summary>
    private static string Postings(SearchIndex index, TermScores scores, string term)
    {
        var hits = scores.Best(term, MaxPagesPerTerm)
            .Select(d => (Id: index.EntryOf(d.Doc), Score: (int)Math.Max(1, Math.Round(d.Score * ScoreScale))))
            .OrderBy(h => h.Id);
        var numbers = new List<int>();
        var previous = 0;
        foreach (var (id, score) in hits)
        {
            numbers.Add(id - previous);
            numbers.Add(score);
            previous = id;
        }

        return "[" + string.Join(',', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))) + "]";
    }

    private static void WriteEntryChunks(SearchIndex index, string site, string language)
    {
        foreach (var (chunk, number) in index.Entries.Chunk(EntriesPerChunk).Select((c, i) => (c, i)))
        {
            var file = StaticIndexFiles.EntryChunk(site, language, number);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, JsonSerializer.Serialize(chunk.Select(e => new[] { e.Url, e.Title, e.Excerpt }), Json));
        }
    }
}
