using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Transparency.Checks.Site;

namespace Transparency.Checks.Weight;

/// <summary>Weighs every page of a built site as a browser would download it, gzip-compressed as static hosts serve text.</summary>
public static partial class PageWeigher
{
    public static WeightReport Weigh(BuiltSite site, WeightBudget budget)
    {
        var compressed = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var pages = site.Pages.Select(page =>
        {
            var document = site.Document(page);
            var pageUrl = site.AddressOf(page);
            var styles = Files(site, pageUrl, document.QuerySelectorAll("link[rel~=stylesheet][href]").Select(e => e.GetAttribute("href")!));
            var scripts = Files(site, pageUrl, document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!));
            var fonts = styles.SelectMany(style => FontsOf(site, style)).Distinct(StringComparer.Ordinal);
            return new PageWeight(
                page,
                Compressed(site, page, compressed),
                styles.Sum(s => Compressed(site, s, compressed)),
                scripts.Sum(s => Compressed(site, s, compressed)),
                fonts.Sum(site.Bytes));
        }).ToList();
        return new WeightReport(pages, budget);
    }

    private static List<string> Files(BuiltSite site, Uri from, IEnumerable<string> references) => references
        .Select(r => Uri.TryCreate(from, r, out var url) && url.Host == from.Host ? site.FileFor(url.AbsolutePath) : null)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<string> FontsOf(BuiltSite site, string stylesheet)
    {
        var sheetUrl = site.AddressOf(stylesheet);
        var urls = FontUrl().Matches(System.Text.Encoding.UTF8.GetString(site.Read(stylesheet))).Select(m => m.Groups["url"].Value);
        return Files(site, sheetUrl, urls);
    }

    /// <summary>Fonts are already compressed (WOFF2), so they count as stored; text files count gzip-compressed.</summary>
    private static long Compressed(BuiltSite site, string file, ConcurrentDictionary<string, long> cache) =>
        cache.GetOrAdd(file, f =>
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(site.Read(f));
            }

            return output.Length;
        });

    [GeneratedRegex(@"url\(\s*['""]?(?<url>[^'"")]+\.(?:woff2?|ttf|otf))['""]?\s*\)")]
    private static partial Regex FontUrl();
}
