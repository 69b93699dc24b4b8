using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>The downloads of a data file.</summary>
internal sealed record DownloadView(string CsvUrl, string JsonUrl)
{
    public static DownloadView Of(DataFile file, UrlScheme urls) => new(urls.Asset(file.DownloadPath + ".csv"), urls.Asset(file.DownloadPath + ".json"));
}
