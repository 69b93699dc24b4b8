using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Transparency.Checks.Site;

namespace Transparency.Checks.Links;

/// <summary>
/// Follows every link, resource, download and <c>#fragment</c> of a built site to the file and element it names.
/// Links to other sites are listed, never fetched: a check must not depend on the network.
/// </summary>
public static partial class LinkChecker
{
    private const string Selector = "a[href], link[href], script[src], img[src], iframe[src], source[src], form[action]";
    private static readonly string[] IgnoredSchemes = ["mailto:", "tel:", "data:", "javascript:"];

    /// <param name="site">The built site.</param>
    /// <param name="siteUrl">The site's own address; absolute links to it are checked like internal ones.</param>
    public static LinkReport Check(BuiltSite site, Uri? siteUrl = null)
    {
        var broken = new List<BrokenLink>();
        var external = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var references = 0;
        foreach (var page in site.Pages)
        {
            var pageUrl = site.AddressOf(page);
            foreach (var element in site.Document(page).QuerySelectorAll(Selector))
            {
                references++;
                var target = Reference(element);
                CheckReference(site, siteUrl, page, pageUrl, target, broken, external);
            }
        }

        foreach (var stylesheet in Directory.EnumerateFiles(site.Folder, "*.css", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(site.Folder, stylesheet).Replace('\\', '/');
            var sheetUrl = site.AddressOf(file);
            foreach (Match url in CssUrl().Matches(File.ReadAllText(stylesheet)))
            {
                references++;
                CheckReference(site, siteUrl, file, sheetUrl, url.Groups["url"].Value, broken, external);
            }
        }

        return new LinkReport(site.Pages.Count, references, broken, external);
    }

    private static string Reference(IElement element) =>
        (element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action") ?? string.Empty).Trim();

    private static void CheckReference(
        BuiltSite site, Uri? siteUrl, string source, Uri sourceUrl, string target,
        List<BrokenLink> broken, SortedDictionary<string, int> external)
    {
        if (target.Length == 0 || IgnoredSchemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        if (!Uri.TryCreate(sourceUrl, target, out var resolved))
        {
            broken.Add(new BrokenLink(source, target, "is not a valid address"));
            return;
        }

        if (resolved.Host != sourceUrl.Host && !IsOwnSite(resolved, siteUrl))
        {
            external[resolved.GetLeftPart(UriPartial.Path)] = external.GetValueOrDefault(resolved.GetLeftPart(UriPartial.Path)) + 1;
            return;
        }

        var file = site.FileFor(resolved.AbsolutePath);
        if (file is null)
        {
            broken.Add(new BrokenLink(source, target, "leads to no file of the site"));
            return;
        }

        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal) && !HasAnchor(site.Document(file), fragment))
        {
            broken.Add(new BrokenLink(source, target, $"has no element with id '{fragment}' on {site.UrlOf(file)}"));
        }
    }

    private static bool IsOwnSite(Uri resolved, Uri? siteUrl) =>
        siteUrl is not null && string.Equals(resolved.Authority, siteUrl.Authority, StringComparison.OrdinalIgnoreCase);

    private static bool HasAnchor(IDocument document, string fragment) =>
        document.GetElementById(fragment) is not null || document.QuerySelector($"a[name='{fragment.Replace("'", "\\'", StringComparison.Ordinal)}']") is not null;

    [GeneratedRegex(@"url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)")]
    private static partial Regex CssUrl();
}
