using System.Globalization;
using System.Text.Json.Nodes;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Render.Data;

/// <summary>
/// Writes the monthly procurement summaries as an Open Contracting Data Standard 1.1 release package,
/// <c>/data/procurement/ocds.json</c>: one release per contract, with the tender, its bidders, the award and the contract.
/// </summary>
internal static class OcdsReleaseWriter
{
    public const string FileName = "data/procurement/ocds.json";

    // Thailand's offset: a contract dated 29 October was signed on that day in Thailand.
    private static readonly TimeSpan ThaiTime = TimeSpan.FromHours(7);

    public static void Write(Site site, UrlScheme urls, string outputFolder, DateTimeOffset published)
    {
        var months = site.Data.Of<ProcurementRow>(ProcurementRow.Dataset);
        if (months.Count == 0)
        {
            return;
        }

        var package = new JsonObject
        {
            ["uri"] = urls.Absolute(urls.Asset(FileName)),
            ["version"] = "1.1",
            ["publishedDate"] = published.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
            ["publisher"] = new JsonObject { ["name"] = site.Config.Name.In(Languages.Thai) },
            ["license"] = site.Config.DataLicence.Url,
            ["publicationPolicy"] = urls.Absolute(urls.Page(site.Config.DefaultLanguage, DatasetPages.KeyOf(months[0].Schema))),
            ["releases"] = new JsonArray([.. months.SelectMany(m => m.Rows.Select(row => (JsonNode)Release(m, row, site)))]),
        };
        var path = Path.Combine(outputFolder, FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, package.ToJsonString(OpenDataJson.Options));
    }

    private static JsonObject Release(DataFile<ProcurementRow> month, ProcurementRow row, Site site)
    {
        var ocid = $"{site.Config.OcidPrefix}-{month.Period}-{row.Number.ToString(CultureInfo.InvariantCulture)}";
        var date = new DateTimeOffset(row.Contract.Date.ToDateTime(TimeOnly.MinValue), ThaiTime).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        var buyer = new JsonObject { ["id"] = "buyer", ["name"] = site.Config.Name.In(Languages.Thai) };
        var bidders = row.Bidders.Select((bid, i) => (Id: $"tenderer-{i + 1}", Bid: bid)).ToList();
        var winner = bidders.FirstOrDefault(b => b.Bid.Name == row.Winner.Name).Id ?? "supplier";
        return new JsonObject
        {
            ["ocid"] = ocid,
            ["id"] = $"{ocid}-contract",
            ["date"] = date,
            ["tag"] = new JsonArray("tender", "award", "contract"),
            ["initiationType"] = "tender",
            ["language"] = Languages.Thai,
            ["parties"] = new JsonArray([.. Parties(buyer, bidders, winner, row)]),
            ["buyer"] = buyer.DeepClone(),
            ["planning"] = new JsonObject { ["budget"] = new JsonObject { ["amount"] = Baht(row.Budget) } },
            ["tender"] = new JsonObject
            {
                ["id"] = $"{ocid}-tender",
                ["title"] = row.Item,
                ["status"] = "complete",
                ["value"] = Baht(row.ReferencePrice),
                ["procurementMethod"] = row.Method,
                ["procurementMethodDetails"] = Figures.Choice(month.Schema, "method", row.Method, Languages.Thai),
                ["tenderers"] = new JsonArray([.. bidders.Select(b => (JsonNode)Reference(b.Id, b.Bid.Name))]),
                ["numberOfTenderers"] = bidders.Count,
            },
            ["awards"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{ocid}-award",
                ["title"] = row.Item,
                ["description"] = row.Reason,
                ["status"] = "active",
                ["date"] = date,
                ["value"] = Baht(row.Winner.Price),
                ["suppliers"] = new JsonArray(Reference(winner, row.Winner.Name)),
            }),
            ["contracts"] = new JsonArray(new JsonObject
            {
                ["id"] = row.Contract.Number,
                ["awardID"] = $"{ocid}-award",
                ["title"] = row.Item,
                ["status"] = "active",
                ["value"] = Baht(row.Winner.Price),
                ["dateSigned"] = date,
            }),
        };
    }

    private static IEnumerable<JsonNode> Parties(JsonObject buyer, List<(string Id, Bid Bid)> bidders, string winner, ProcurementRow row)
    {
        yield return new JsonObject { ["id"] = buyer["id"]!.DeepClone(), ["name"] = buyer["name"]!.DeepClone(), ["roles"] = new JsonArray("buyer", "procuringEntity") };
        foreach (var (id, bid) in bidders)
        {
            yield return new JsonObject { ["id"] = id, ["name"] = bid.Name, ["roles"] = id == winner ? new JsonArray("tenderer", "supplier") : new JsonArray("tenderer") };
        }

        if (winner == "supplier")
        {
            yield return new JsonObject { ["id"] = winner, ["name"] = row.Winner.Name, ["roles"] = new JsonArray("supplier") };
        }
    }

    private static JsonObject Reference(string id, string name) => new() { ["id"] = id, ["name"] = name };

    private static JsonObject Baht(decimal amount) => new() { ["amount"] = amount, ["currency"] = "THB" };
}
