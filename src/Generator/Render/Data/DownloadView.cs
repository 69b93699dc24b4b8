using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>The open-data downloads of one data file, and the dataset page that describes its columns.</summary>
internal sealed record DownloadView(string Title, string Csv, string Json, string DatasetUrl)
{
    public static DownloadView Of(DataFile file, string language, UrlScheme urls) => new(
        file.Schema.Title.In(language),
        urls.Asset(file.DownloadPath + ".csv"),
        urls.Asset(file.DownloadPath + ".json"),
        urls.Page(language, DatasetPages.KeyOf(file.Schema)));
}
