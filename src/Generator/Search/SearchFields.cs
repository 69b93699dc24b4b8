namespace Transparency.Generator.Search;

/// <summary>The fields of the search index and how much a match in each counts.</summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Headings = "headings";
    public const string Body = "body";

    /// <summary>The title's neighbouring words as <see cref="WordPairs"/>.</summary>
    public const string TitlePairs = "title_pairs";

    /// <summary>Searched fields → boost: a word in the title says more about a page than one in its text.</summary>
    public static readonly IReadOnlyDictionary<string, float> Boosts = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [Title] = 3f,
        [Headings] = 1.5f,
        [Body] = 1f,
        [TitlePairs] = 3f,
    };

    // Stored only, to show a result.
    public const string Id = "id";
    public const string Url = "url";
    public const string TitleText = "title_text";
    public const string Section = "section";
    public const string FiscalYear = "fiscal_year";
    public const string Excerpt = "excerpt";
}
