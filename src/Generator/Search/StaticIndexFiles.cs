namespace Transparency.Generator.Search;

/// <summary>Where a language's search files live in the built site; the search page's script reads the same layout.</summary>
internal static class StaticIndexFiles
{
    public static string Folder(string site, string language) => Path.Combine(site, "search", language);

    public static string Lucene(string site, string language) => Path.Combine(Folder(site, language), "lucene");

    public static string Manifest(string site, string language) => Path.Combine(Folder(site, language), "index.json");

    public static string TermChunk(string site, string language, int number) => Path.Combine(Folder(site, language), "t", $"{number}.json");

    public static string EntryChunk(string site, string language, int number) => Path.Combine(Folder(site, language), "d", $"{number}.json");
}
