namespace Transparency.Generator.Model;

/// <summary>One Markdown file as read from <c>input/pages</c>, in one language.</summary>
internal sealed record SourcePage(
    string DisplayPath,
    string Key,
    string Language,
    FrontMatter FrontMatter,
    DateOnly? Date,
    DateOnly? Updated,
    string Markdown)
{
    /// <summary>The key that pairs translations: the front matter's, else the path without the language suffix.</summary>
    public string TranslationKey => FrontMatter.Translation.Length > 0 ? FrontMatter.Translation : Key;
}
