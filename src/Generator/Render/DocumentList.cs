using System.Globalization;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>The documents page: every published file, newest fiscal year first.</summary>
internal static class DocumentList
{
    public static IReadOnlyList<DocumentYearView> Build(Site site, string language, UrlScheme urls) => site.Documents
        .GroupBy(d => d.FiscalYear?.BuddhistYear ?? 0)
        .OrderByDescending(g => g.Key)
        .Select(g => new DocumentYearView(
            g.Key == 0 ? site.Strings.Get(language, "documents.standing") : ThaiDateFormat.FiscalYearName(new FiscalYear(g.Key), language),
            g.OrderByDescending(d => d.Date).Select(d => new DocumentView(
                d.Title.In(language),
                urls.Asset("documents/" + d.RelativePath),
                d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.Extension,
                Math.Max(1, (int)Math.Round(d.Bytes / 1024.0)),
                d.Oit)).ToList()))
        .ToList();
}

/// <summary>The documents of one fiscal year.</summary>
internal sealed record DocumentYearView(string Name, IReadOnlyList<DocumentView> Documents);

/// <summary>One document as listed: title, link, date, type and size.</summary>
internal sealed record DocumentView(string Title, string Url, string Date, string Type, int SizeKb, IReadOnlyList<string> Oit);
