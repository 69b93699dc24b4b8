using Transparency.Checks.Criteria;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load;

/// <summary>Reads the input and theme folders into a checked <see cref="Site"/>, or throws with every mistake found.</summary>
internal static class SiteLoader
{
    public static Site Load(string inputRoot, string themeRoot)
    {
        var errors = new List<InputError>();
        var warnings = new List<string>();
        var config = SiteConfigReader.Read(inputRoot, errors);
        var sources = PageReader.ReadAll(Path.Combine(inputRoot, "pages"), inputRoot, errors);
        var documents = DocumentReader.ReadAll(Path.Combine(inputRoot, "documents"), inputRoot, errors);
        var data = Data.Datasets.ReadAll(inputRoot, errors);
        var strings = UiStringsReader.Read(themeRoot, errors);
        var menu = ReadMenu(themeRoot, errors);
        var criteria = ReadCriteria(config, inputRoot, errors);
        var pages = PagePairing.Pair(sources, config.DefaultLanguage, errors, warnings);
        ReportUnknownCodes(sources, criteria, errors);
        var allPages = DataPages.Create(data, strings, BuiltInPages.AddMissing(pages, strings));
        ReportKeyClashes(allPages, errors);
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new Site(config, allPages, documents, data, strings, menu, criteria, warnings);
    }

    private static List<MenuItem> ReadMenu(string themeRoot, List<InputError> errors)
    {
        var file = Path.Combine(themeRoot, "menu.yaml");
        return File.Exists(file)
            ? YamlFile.Read<List<MenuItem>>(File.ReadAllText(file), DisplayPath.Of(file, themeRoot), errors) ?? []
            : [];
    }

    private static CriteriaSet ReadCriteria(SiteConfig config, string inputRoot, List<InputError> errors)
    {
        if (CriteriaCatalog.Load(config.CriteriaVersion) is { } criteria)
        {
            return criteria;
        }

        if (config.CriteriaVersion.Length > 0)
        {
            var site = DisplayPath.Of(Path.Combine(inputRoot, SiteConfigReader.FileName), inputRoot);
            var known = string.Join(", ", CriteriaCatalog.Versions);
            errors.Add(new InputError(site, 0, 0, $"There are no OIT criteria for version '{config.CriteriaVersion}'.", $"Use one of: {known}."));
        }

        return new CriteriaSet();
    }

    private static void ReportUnknownCodes(IReadOnlyList<SourcePage> sources, CriteriaSet criteria, List<InputError> errors)
    {
        var known = criteria.Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var code in source.FrontMatter.Oit.Where(c => !known.Contains(c)))
            {
                errors.Add(new InputError(source.DisplayPath, 2, 1,
                    $"{code} is not an item of the OIT criteria {criteria.Version}.",
                    "Check the code against the ITA page of the site."));
            }
        }
    }

    private static void ReportKeyClashes(IReadOnlyList<Page> pages, List<InputError> errors)
    {
        foreach (var clash in pages.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new InputError(clash.First().Versions.Values.First().DisplayPath, 2, 1,
                $"Two pages would be published at /{clash.Key}/: {string.Join(" and ", clash.Select(p => p.Versions.Values.First().DisplayPath))}.",
                "Rename one of the files or change its 'translation' key; pages made from data files keep their addresses."));
        }
    }
}
