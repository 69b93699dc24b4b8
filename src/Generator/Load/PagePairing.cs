using Transparency.Generator.Model;

namespace Transparency.Generator.Load;

/// <summary>Pairs each Thai page with its English translation, by file name or by a shared <c>translation</c> key.</summary>
internal static class PagePairing
{
    public static IReadOnlyList<Page> Pair(
        IReadOnlyList<SourcePage> sources, string defaultLanguage, List<InputError> errors, List<string> warnings)
    {
        var pages = new List<Page>();
        foreach (var group in sources.GroupBy(s => s.TranslationKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var versions = new Dictionary<string, SourcePage>(StringComparer.Ordinal);
            foreach (var source in group)
            {
                if (!versions.TryAdd(source.Language, source))
                {
                    errors.Add(new InputError(source.DisplayPath, 2, 1,
                        $"Two {source.Language} pages are translations of '{group.Key}': this one and {versions[source.Language].DisplayPath}.",
                        "Give one of them another 'translation' key."));
                }
            }

            var primary = versions.GetValueOrDefault(defaultLanguage) ?? versions.Values.First();
            foreach (var missing in Languages.All.Where(l => !versions.ContainsKey(l)))
            {
                warnings.Add($"{primary.DisplayPath}: no {missing} translation; /{missing}/{primary.Key} shows the {primary.Language} text with a notice.");
            }

            pages.Add(new Page(primary.Key, versions));
        }

        return pages;
    }
}
