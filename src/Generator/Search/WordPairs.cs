namespace Transparency.Generator.Search;

/// <summary>
/// Two neighbouring words of a title as one index term ("ประกาศ จัด"): a query whose words stand together in a
/// title then ranks that page above pages holding the same words apart. The search page's script makes the same pairs.
/// </summary>
internal static class WordPairs
{
    // No word holds a space, so a pair never reads as a word; it also sorts right after its first word in the term files.
    public const char Separator = ' ';

    public static IEnumerable<string> Of(IReadOnlyList<string> words) =>
        words.Zip(words.Skip(1), (first, second) => first + Separator + second);

    public static bool IsPair(string term) => term.Contains(Separator, StringComparison.Ordinal);
}
