using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>An announcement in one language, with its signed document when there is one.</summary>
internal sealed record AnnouncementView(int Number, string Date, string IsoDate, string Kind, string KindCode, string Title, bool TitleInThai, string Method, string Amount, string Result, string? DocumentUrl);

/// <summary>A fiscal year's announcements, newest first.</summary>
internal sealed record AnnouncementsView(IReadOnlyList<AnnouncementView> Announcements, IReadOnlyList<DownloadView> Downloads);

/// <summary>Builds the view of the procurement announcements page.</summary>
internal static class AnnouncementViews
{
    public static AnnouncementsView Announcements(DataFile<AnnouncementRow> file, string language, UrlScheme urls) => new(
        file.Rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Number).Select(r => Announcement(r, file.Schema, language, urls)).ToList(),
        [DownloadView.Of(file, language, urls)]);

    private static AnnouncementView Announcement(AnnouncementRow row, DatasetSchema schema, string language, UrlScheme urls)
    {
        var shown = Shown.Of(row.Title, row.TitleEnglish, language);
        return new AnnouncementView(
            row.Number,
            ThaiDateFormat.Abbreviated(row.Date, language),
            row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Figures.Choice(schema, "kind", row.Kind, language),
            row.Kind,
            shown.Text,
            shown.InThai,
            row.Method.Length == 0 ? string.Empty : Figures.Choice(schema, "method", row.Method, language),
            row.Amount is { } amount ? Figures.Money(amount) : string.Empty,
            row.Result,
            row.Document.Length == 0 ? null : row.Document.Contains("://", StringComparison.Ordinal) ? row.Document : urls.Asset(row.Document));
    }
}
