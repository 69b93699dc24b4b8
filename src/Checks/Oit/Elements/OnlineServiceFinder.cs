using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>
/// An online service: a form, or a link to a web address that is not a document to download. NACC does not accept
/// downloadable forms alone as an e-service, and the checks never fetch other sites, so the link itself is the evidence.
/// </summary>
internal sealed class OnlineServiceFinder : IElementFinder
{
    private static readonly string[] Downloads = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".zip", ".rar"];

    public bool AppliesTo(ElementSpec element) => element.OnlineService;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) => Targets(root).Any();

    /// <summary>The addresses of the online services a page offers.</summary>
    public static IEnumerable<string> Targets(IElement root)
    {
        var forms = root.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!.Trim());
        var links = root.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Trim())
            .Where(href => Uri.TryCreate(href, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                && !Downloads.Any(d => url.AbsolutePath.EndsWith(d, StringComparison.OrdinalIgnoreCase)));
        return forms.Concat(links).Distinct(StringComparer.Ordinal);
    }
}
