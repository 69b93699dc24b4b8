using NJsonSchema;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render.Data;

/// <summary>The sample site's machine-readable catalogue and procurement releases, checked against the official schemas in ../shared.</summary>
public sealed class OpenDataSchemaTests(SampleSite site) : IClassFixture<SampleSite>
{
    private static string Schemas => Path.Combine(RepositoryPaths.Shared, "schemas");

    [Fact]
    public async Task DataJsonIsAValidDcatUs11Catalogue()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(DcatSchemasForDotNet(), "catalog.json"));

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(site.Output, "data.json")));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task TheCatalogueSchemaRejectsADatasetWithoutItsPublisher()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(DcatSchemasForDotNet(), "catalog.json"));
        var catalogue = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(site.Output, "data.json")))!;
        catalogue["dataset"]![0]!.AsObject().Remove("publisher");

        var errors = schema.Validate(catalogue.ToJsonString());

        Assert.NotEmpty(errors);
    }

    // vcard.json writes "\_" in a pattern, an escape ECMAScript reads as "_" and .NET refuses; the copy says "_".
    private static string DcatSchemasForDotNet()
    {
        var folder = Directory.CreateTempSubdirectory("dcat-us-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Schemas, "dcat-us-1.1"), "*.json"))
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), File.ReadAllText(file).Replace(@"\\_", "_", StringComparison.Ordinal));
        }

        return folder;
    }

    [Fact]
    public async Task ProcurementIsAValidOcds115ReleasePackage()
    {
        // The package schema names the release schema by its canonical address; the copy beside it is the same document.
        var packageSchema = (await File.ReadAllTextAsync(Path.Combine(Schemas, "ocds-1.1.5", "release-package-schema.json")))
            .Replace("https://standard.open-contracting.org/schema/1__1__5/release-schema.json", "dereferenced-release-schema.json", StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(packageSchema, Path.Combine(Schemas, "ocds-1.1.5", "release-package-schema.json"));

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "procurement", "ocds.json")));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task EveryDatasetIsCataloguedWithEachPeriodsDownloads()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.Output, "data.json")));
        var datasets = json.RootElement.GetProperty("dataset").EnumerateArray().ToList();

        var downloads = datasets.SelectMany(d => d.GetProperty("distribution").EnumerateArray()).Select(d => d.GetProperty("downloadURL").GetString()!).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(site.Output, "data"), "*.*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList();
        Assert.All(files, file => Assert.Contains(downloads, url => url.EndsWith("/" + file, StringComparison.Ordinal)));
        Assert.Contains(datasets, d => d.GetProperty("identifier").GetString()!.EndsWith("/th/data/procurement-monthly/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachContractIsOneReleaseWithTenderAwardAndContract()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "procurement", "ocds.json")));
        var releases = json.RootElement.GetProperty("releases").EnumerateArray().ToList();
        var rows = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "data", "procurement", "monthly"), "*.csv")
            .Sum(f => File.ReadAllLines(f).Count(l => l.Trim().Length > 0) - 1);

        Assert.Equal(rows, releases.Count);
        Assert.Equal(releases.Count, releases.Select(r => r.GetProperty("ocid").GetString()).Distinct().Count());
        var road = releases.Single(r => r.GetProperty("contracts")[0].GetProperty("id").GetString() == "ส.3/2570");
        Assert.Equal("open", road.GetProperty("tender").GetProperty("procurementMethod").GetString());
        Assert.Equal(4, road.GetProperty("tender").GetProperty("numberOfTenderers").GetInt32());
        Assert.Equal(2198000m, road.GetProperty("awards")[0].GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Equal("2026-10-29T00:00:00+07:00", road.GetProperty("contracts")[0].GetProperty("dateSigned").GetString());
    }
}
