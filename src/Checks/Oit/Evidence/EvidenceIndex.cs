using Transparency.Checks.Site;

namespace Transparency.Checks.Oit.Evidence;

/// <summary>
/// The pages of one language that declare OIT items, and which of them an assessor reaches as NACC asks: from the home
/// page to the ITA menu, and from the menu to the page.
/// </summary>
internal sealed class EvidenceIndex
{
    private readonly Dictionary<string, List<EvidencePage>> byCode = new(StringComparer.Ordinal);

    public EvidenceIndex(BuiltSite site, string language)
    {
        var prefix = language + "/";
        foreach (var file in site.Pages.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (EvidencePage.Read(site.Document(file), file, site.UrlOf(file)) is not { } page)
            {
                continue;
            }

            foreach (var code in page.Codes)
            {
                if (!byCode.TryGetValue(code, out var list))
                {
                    byCode[code] = list = [];
                }

                list.Add(page);
            }
        }

        var home = site.FileFor(site.BasePath + prefix);
        MenuFiles = home is null ? [] : LinkedFiles(site, home)
            .Where(f => EvidencePage.Meta(site.Document(f), OitMeta.Menu).Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        Reachable = MenuFiles.SelectMany(menu => LinkedFiles(site, menu)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>ITA menu pages linked from the home page.</summary>
    public IReadOnlySet<string> MenuFiles { get; }

    /// <summary>Files the ITA menu links to.</summary>
    public IReadOnlySet<string> Reachable { get; }

    public IReadOnlyList<EvidencePage> PagesOf(string code) => byCode.GetValueOrDefault(code) ?? [];

    public bool IsReachable(EvidencePage page) => Reachable.Contains(page.File);

    private static IEnumerable<string> LinkedFiles(BuiltSite site, string file)
    {
        var address = site.AddressOf(file);
        foreach (var link in site.Document(file).QuerySelectorAll("a[href]"))
        {
            if (Uri.TryCreate(address, link.GetAttribute("href"), out var target) && target.Host == address.Host
                && site.FileFor(target.AbsolutePath) is { } linked)
            {
                yield return linked;
            }
        }
    }
}
