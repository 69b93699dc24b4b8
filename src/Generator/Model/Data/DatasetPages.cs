namespace Transparency.Generator.Model.Data;

/// <summary>The catalogue of the open data the site publishes.</summary>
internal sealed record DatasetCatalogue(IReadOnlyList<DatasetEntry> Datasets);

/// <summary>A dataset with the files published for it.</summary>
internal sealed record DatasetEntry(DatasetSchema Schema, IReadOnlyList<DataFile> Files)
{
    public DateOnly Modified => Files.Max(f => f.Modified);
}

/// <summary>
/// Makes the open-data catalogue at <c>/LANG/data/</c> and a page per dataset at <c>/LANG/data/ID/</c> describing it,
/// its columns and every period's downloads.
/// </summary>
internal static class DatasetPages
{
    public const string CatalogueKey = "data";

    public static string KeyOf(DatasetSchema schema) => $"{CatalogueKey}/{schema.Id}";

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings)
    {
        var entries = data.Files.GroupBy(f => f.Schema.Id, StringComparer.Ordinal)
            .Select(g => new DatasetEntry(g.First().Schema, g.OrderByDescending(f => f.Period, StringComparer.Ordinal).ToList()))
            .OrderBy(e => e.Schema.Oit.Select(OitNumber).DefaultIfEmpty(99).Min())
            .ThenBy(e => e.Schema.Id, StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0)
        {
            yield break;
        }

        yield return GeneratedPage.Make(CatalogueKey, "catalogue", new DatasetCatalogue(entries), entries.Max(e => e.Modified), [], null, l => strings.Get(l, "data.catalogue.title"));
        foreach (var entry in entries)
        {
            yield return GeneratedPage.Make(KeyOf(entry.Schema), "dataset", entry, entry.Modified, [], null, entry.Schema.Title.In);
        }
    }

    private static int OitNumber(string code) => int.Parse(code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
