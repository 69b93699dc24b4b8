using Transparency.Generator.Model;
using Transparency.Generator.Render;

namespace Transparency.Generator.Search;

/// <summary>
/// After the pages are rendered: indexes them and the documents with Lucene, one index per language, and exports
/// each index as static files for the search page.
/// </summary>
internal static class SearchIndexBuilder
{
    public static void Build(Site site, UrlScheme urls, string builtSite)
    {
        Parallel.ForEach(Languages.All, language =>
        {
            // Entries of one section and fiscal year are numbered together: the search page filters by number ranges,
            // and the results of one query, often from one section, share few files.
            var entries = SearchEntries.Collect(site, language, urls, builtSite)
                .OrderBy(e => e.Section, StringComparer.Ordinal)
                .ThenByDescending(e => e.FiscalYear)
                .ThenBy(e => e.Url, StringComparer.Ordinal)
                .ToList();
            var folder = StaticIndexFiles.Lucene(builtSite, language);
            LuceneIndexWriter.Write(entries, folder);
            using var index = new SearchIndex(folder);
            StaticIndexExporter.Export(index, builtSite, language, SearchLabels.Of(site, language, urls, entries));
        });
    }
}
