namespace Transparency.Generator.Render.Data;

/// <summary>
/// Text a data file gives in Thai and, optionally, in English, as a page shows it: the English when the page is English
/// and staff wrote one, else the Thai, marked so that the page can declare its language.
/// </summary>
internal readonly record struct Shown(string Text, bool InThai)
{
    public static Shown Of(string thai, string english, string language) =>
        language == Languages.English && english.Length > 0 ? new(english, false) : new(thai, language == Languages.English);
}
