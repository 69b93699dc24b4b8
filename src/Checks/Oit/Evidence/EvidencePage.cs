using System.Globalization;
using AngleSharp.Dom;
using Transparency.Checks.Calendar;

namespace Transparency.Checks.Oit.Evidence;

/// <summary>A built page that declares OIT items in its metadata, as the checks read it.</summary>
internal sealed record EvidencePage(
    string File,
    string Url,
    string Title,
    IReadOnlyList<string> Codes,
    FiscalYear? FiscalYear,
    DateRange? Period,
    DateOnly? Published,
    DateOnly? Modified,
    string Unit,
    IElement Main)
{
    /// <summary>The latest date the page states, for the report's "last modified".</summary>
    public DateOnly? LastModified => Modified ?? Published;

    /// <summary>The whole page, then each part that covers a period of its own.</summary>
    public IEnumerable<EvidenceScope> Scopes()
    {
        yield return new EvidenceScope(this, Period, Main);
        foreach (var part in Main.QuerySelectorAll($"[{OitMeta.PartAttribute}]"))
        {
            if (DateRange.ParseIso(part.GetAttribute(OitMeta.PartAttribute)) is { } period)
            {
                yield return new EvidenceScope(this, period, part);
            }
        }
    }

    public static EvidencePage? Read(IDocument document, string file, string url)
    {
        var codes = Meta(document, OitMeta.Items).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length == 0)
        {
            return null;
        }

        var year = int.TryParse(Meta(document, OitMeta.FiscalYear), NumberStyles.None, CultureInfo.InvariantCulture, out var be)
            ? new FiscalYear(be) : (FiscalYear?)null;
        return new EvidencePage(
            file,
            url,
            (document.QuerySelector("h1")?.TextContent ?? document.Title ?? url).Trim(),
            codes,
            year,
            DateRange.ParseIso(Meta(document, OitMeta.Period)) ?? year?.Range,
            Date(Meta(document, OitMeta.Published)),
            Date(Meta(document, OitMeta.Modified)),
            Meta(document, OitMeta.Unit),
            document.QuerySelector("main") ?? document.Body ?? document.DocumentElement);
    }

    public static string Meta(IDocument document, string name) =>
        document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content")?.Trim() ?? string.Empty;

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>Where an item's content is looked for: a page, or a part of it, with the period it covers.</summary>
internal sealed record EvidenceScope(EvidencePage Page, DateRange? Period, IElement Root);
