namespace Transparency.Generator.Model;

/// <summary>
/// A page of the site with its versions per language; a missing translation falls back to the other language.
/// A page made from a data file carries that data for its layout.
/// </summary>
internal sealed record Page(string Key, IReadOnlyDictionary<string, SourcePage> Versions, object? Data = null)
{
    public bool IsTranslated(string language) => Versions.ContainsKey(language);

    /// <summary>The version to show in <paramref name="language"/>: its own, else the one that exists.</summary>
    public SourcePage In(string language) =>
        Versions.TryGetValue(language, out var own) ? own : Versions.Values.First();

    public string Section => Key.Contains('/', StringComparison.Ordinal) ? Key[..Key.IndexOf('/', StringComparison.Ordinal)] : Key;

    /// <summary>The key of the page this one sits under: "procurement" for "procurement/plan-2570", "" for a top-level page.</summary>
    public string ParentKey => Key.Length == 0 ? string.Empty
        : Key.Contains('/', StringComparison.Ordinal) ? Key[..Key.LastIndexOf('/')] : string.Empty;

    public IReadOnlyList<string> OitCodes => Versions.Values.SelectMany(v => v.FrontMatter.Oit).Distinct(StringComparer.Ordinal).ToList();
}
