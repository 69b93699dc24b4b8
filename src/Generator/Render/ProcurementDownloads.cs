using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Render;

/// <summary>
/// Publishes each month's summary as open data beside the pages: CSV in UTF-8 with a BOM (so Excel shows Thai)
/// in the same columns staff fill in, so a download reads back into the same records, and JSON.
/// </summary>
internal static class ProcurementDownloads
{
    // Thai stays readable text in the JSON instead of \u escapes, a third of the size.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The download's path without extension, such as <c>data/procurement/monthly/2569-10</c>.</summary>
    public static string PathOf(ProcurementMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{ProcurementMonthReader.Folder}/{month.Month.Year + BuddhistEra.Offset}-{month.Month.Month:00}");

    public static void Write(IReadOnlyList<ProcurementMonth> months, string outputFolder)
    {
        foreach (var month in months)
        {
            var file = Path.Combine(outputFolder, PathOf(month));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var writer = new StreamWriter(file + ".csv", append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
            {
                csv.Context.RegisterClassMap<ProcurementRowMap>();
                csv.WriteRecords(month.Rows.OrderBy(r => r.Number));
            }

            File.WriteAllText(file + ".json", JsonSerializer.Serialize(month.Rows.OrderBy(r => r.Number).Select(r => new
            {
                r.Number,
                r.Item,
                item_english = r.ItemEnglish,
                r.Budget,
                r.ReferencePrice,
                method = r.Method.ToString(),
                bidders = r.Bidders.Select(b => new { b.Name, b.Price }),
                winner = new { r.Winner.Name, r.Winner.Price },
                r.Reason,
                contract = new { r.Contract.Number, date = r.Contract.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            }), Json));
        }
    }
}
