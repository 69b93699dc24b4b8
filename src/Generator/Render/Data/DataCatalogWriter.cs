using System.Globalization;
using System.Text.Json.Nodes;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>
/// Writes <c>/data.json</c>, the machine-readable catalogue of every dataset in DCAT-US 1.1 (Project Open Data), which
/// data portals harvest: one entry per dataset, one distribution per period and format.
/// </summary>
internal static class DataCatalogWriter
{
    public const string FileName = "data.json";

    // DCAT-US requires US federal bureau and programme codes; a Thai organisation has none, and 000 names no US agency.
    private const string NoBureau = "000:00";
    private const string NoProgram = "000:000";

    public static void Write(Site site, UrlScheme urls, string outputFolder)
    {
        var catalogue = site.Pages.Select(p => p.Data).OfType<DatasetCatalogue>().FirstOrDefault();
        if (catalogue is null)
        {
            return;
        }

        var json = new JsonObject
        {
            ["@context"] = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            ["@id"] = urls.Absolute(urls.Asset(FileName)),
            ["@type"] = "dcat:Catalog",
            ["conformsTo"] = "https://project-open-data.cio.gov/v1.1/schema",
            ["describedBy"] = "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
            ["dataset"] = new JsonArray(catalogue.Datasets.Select(d => (JsonNode)Dataset(d, site, urls)).ToArray()),
        };
        File.WriteAllText(Path.Combine(outputFolder, FileName), json.ToJsonString(OpenDataJson.Options));
    }

    private static JsonObject Dataset(DatasetEntry entry, Site site, UrlScheme urls)
    {
        var schema = entry.Schema;
        var language = site.Config.DefaultLanguage;
        var page = urls.Absolute(urls.Page(language, DatasetPages.KeyOf(schema)));
        var dataset = new JsonObject
        {
            ["@type"] = "dcat:Dataset",
            ["title"] = schema.Title.In(language),
            ["description"] = schema.Description.In(language),
            ["keyword"] = new JsonArray([.. new[] { schema.Title.Th, schema.Title.En }.Concat(schema.Oit).Select(k => (JsonNode)k!)]),
            ["modified"] = Iso(entry.Modified),
            ["publisher"] = new JsonObject { ["@type"] = "org:Organization", ["name"] = site.Config.Name.In(language) },
            ["contactPoint"] = new JsonObject { ["@type"] = "vcard:Contact", ["fn"] = site.Config.Name.In(language), ["hasEmail"] = "mailto:" + site.Config.Email },
            ["identifier"] = page,
            ["accessLevel"] = "public",
            ["bureauCode"] = new JsonArray(NoBureau),
            ["programCode"] = new JsonArray(NoProgram),
            ["license"] = site.Config.DataLicence.Url,
            ["spatial"] = site.Config.Address.In(language),
            ["accrualPeriodicity"] = schema.Accrual,
            ["language"] = new JsonArray([.. Languages.All.Select(l => (JsonNode)l!)]),
            ["landingPage"] = page,
            ["describedBy"] = page,
            ["distribution"] = new JsonArray([.. entry.Files.SelectMany(f => Distributions(f, site, urls)).Concat(schema.Packages.Select(p => Package(p, urls)))]),
        };
        if (Temporal(entry) is { } temporal)
        {
            dataset["temporal"] = temporal;
        }

        return dataset;
    }

    private static IEnumerable<JsonNode> Distributions(DataFile file, Site site, UrlScheme urls)
    {
        var period = DatasetViews.PeriodName(file, site, site.Config.DefaultLanguage);
        foreach (var (extension, mediaType, format) in new[] { ("csv", "text/csv", "CSV"), ("json", "application/json", "JSON") })
        {
            yield return new JsonObject
            {
                ["@type"] = "dcat:Distribution",
                ["title"] = $"{file.Schema.Title.In(site.Config.DefaultLanguage)} — {period} ({format})",
                ["downloadURL"] = urls.Absolute(urls.Asset($"{file.DownloadPath}.{extension}")),
                ["mediaType"] = mediaType,
                ["format"] = format,
            };
        }
    }

    private static JsonNode Package(DatasetPackage package, UrlScheme urls) => new JsonObject
    {
        ["@type"] = "dcat:Distribution",
        ["title"] = package.Format,
        ["downloadURL"] = urls.Absolute(urls.Asset(package.Path)),
        ["mediaType"] = package.MediaType,
        ["format"] = package.Format,
        ["conformsTo"] = package.ConformsTo,
    };

    // The fiscal years the files cover, as an ISO 8601 interval; standing data has none.
    private static string? Temporal(DatasetEntry entry)
    {
        var years = entry.Files.Select(f => f.FiscalYear?.BuddhistYear).OfType<int>().ToList();
        return years.Count == 0 ? null : $"{Iso(new FiscalYear(years.Min()).Start)}/{Iso(new FiscalYear(years.Max()).End)}";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
