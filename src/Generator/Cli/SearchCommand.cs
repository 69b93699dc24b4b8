using System.CommandLine;
using System.Globalization;
using Transparency.Generator.Search;

namespace Transparency.Generator.Cli;

/// <summary><c>transparency search "…"</c>: queries the built site's Lucene index, the one its search page was exported from.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The words to find, in Thai or English." };
        var site = new Option<DirectoryInfo>("--site") { Description = "The built site.", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var language = new Option<string>("--lang") { Description = "Which language's pages to search.", DefaultValueFactory = _ => Languages.Thai };
        language.AcceptOnlyFromAmong([.. Languages.All]);
        var limit = new Option<int>("--limit", "-n") { Description = "How many results to print.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search the built site as its search page does, from the command line.")
        {
            query, site, language, limit,
        };
        command.SetAction(result => Run(result.GetValue(query)!, result.GetValue(site)!, result.GetValue(language)!, result.GetValue(limit)));
        return command;
    }

    private static int Run(string query, DirectoryInfo site, string language, int limit)
    {
        var folder = StaticIndexFiles.Lucene(site.FullName, language);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error: no search index at {folder}. Build the site first: transparency build");
            return 2;
        }

        using var index = new SearchIndex(folder);
        var searcher = new SiteSearcher(index);
        // Shows how the words were split and matched, so staff can tell why a page was or was not found.
        var understood = searcher.Understand(query);
        Console.WriteLine("Words: " + string.Join("  ", understood.Where(t => !WordPairs.IsPair(t.Word)).Select(t =>
            t.Matches.Count == 1 && t.Matches[0].Term == t.Word ? t.Word : $"{t.Word} → {string.Join(", ", t.Matches.Select(m => m.Term))}")));
        var pairs = understood.Where(t => WordPairs.IsPair(t.Word) && t.Matches.Count > 0).Select(t => $"“{t.Word}”").ToList();
        if (pairs.Count > 0)
        {
            Console.WriteLine("Side by side in a title: " + string.Join("  ", pairs));
        }

        var hits = searcher.Search(query, limit);
        if (hits.Count == 0)
        {
            Console.WriteLine($"Nothing found for “{query}”.");
            return 1;
        }

        foreach (var (hit, rank) in hits.Select((h, i) => (h, i + 1)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,2}. {hit.Score,6:0.00}  {hit.Url}  {hit.Title}"));
        }

        return 0;
    }
}
