namespace Transparency.Generator.Model;

/// <summary>
/// Pages every site has, whose content the generator makes (home, the ITA menu, the documents list, the site index).
/// Staff may write an introduction for one by adding a page with the same key; otherwise it gets a title from the UI strings.
/// </summary>
internal static class BuiltInPages
{
    /// <summary>Page key → layout; the renderer computes each layout's data.</summary>
    public static readonly IReadOnlyDictionary<string, string> Layouts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [string.Empty] = "home",
        ["ita"] = "ita",
        ["documents"] = "documents",
        ["search"] = "search",
        [CoverageKey] = "coverage",
    };

    /// <summary>The OIT coverage report, drawn after every other page because it checks them.</summary>
    public const string CoverageKey = "ita/coverage";

    public static IReadOnlyList<Page> AddMissing(IReadOnlyList<Page> pages, UiStrings strings)
    {
        var present = pages.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var added = Layouts.Keys.Where(k => !present.Contains(k)).Select(k => Synthesise(k, strings));
        return pages.Concat(added).ToList();
    }

    private static Page Synthesise(string key, UiStrings strings) => new(
        key,
        Languages.All.ToDictionary(
            l => l,
            l => new SourcePage(
                "(built in)",
                key,
                l,
                new FrontMatter { Title = strings.Get(l, TitleKey(key)), Description = strings.Get(l, DescriptionKey(key)) },
                null,
                null,
                string.Empty),
            StringComparer.Ordinal));

    private static string TitleKey(string key) => key.Length == 0 ? "nav.home" : $"page.{StringKey(key)}.title";

    private static string DescriptionKey(string key) => key.Length == 0 ? "page.home.description" : $"page.{StringKey(key)}.description";

    private static string StringKey(string key) => key.Replace('/', '_');
}
