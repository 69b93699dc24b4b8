using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using CsvHelper;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>
/// Publishes every data file as open data at the same path as its input: CSV in UTF-8 with a BOM (so Excel shows Thai)
/// in the columns staff fill in, so a download reads back into the same records, and JSON.
/// </summary>
internal static class DataDownloads
{
    // Thai stays readable text instead of \u escapes, a third of the size; the line number is the reader's, not data.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { info => info.Properties.Where(p => p.Name == "line").ToList().ForEach(p => info.Properties.Remove(p)) },
        },
    };

    public static void Write(DataStore data, string outputFolder)
    {
        foreach (var file in data.Files)
        {
            var path = Path.Combine(outputFolder, file.DownloadPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new StreamWriter(path + ".csv", append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
            {
                csv.Context.RegisterClassMap(file.Map);
                csv.WriteRecords((System.Collections.IEnumerable)file.Records);
            }

            File.WriteAllText(path + ".json", JsonSerializer.Serialize(file.Records.Cast<object>(), Json));
        }
    }
}
