namespace Transparency.Generator.Model;

/// <summary>The interface texts of the theme, per language, under dotted keys such as <c>nav.about</c>.</summary>
internal sealed class UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
{
    public IReadOnlyDictionary<string, string> In(string language) => byLanguage[language];

    public string Get(string language, string key) =>
        byLanguage[language].TryGetValue(key, out var text) ? text : key;
}
