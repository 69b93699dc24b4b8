using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>Where a data file's open-data downloads are, for the page that shows it.</summary>
internal sealed record DownloadLinks(string CsvUrl, string JsonUrl)
{
    public static DownloadLinks Of(DataFile file, UrlScheme urls) =>
        new(urls.Asset(file.DownloadPath + ".csv"), urls.Asset(file.DownloadPath + ".json"));
}
