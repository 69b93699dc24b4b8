using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>A link whose address begins as asked: <c>tel:</c>, <c>mailto:</c>, a map or a social network.</summary>
internal sealed class LinkFinder : IElementFinder
{
    public bool AppliesTo(ElementSpec element) => element.Links.Count > 0;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) => root.QuerySelectorAll("a[href]")
        .Select(a => a.GetAttribute("href")!.Trim())
        .Any(href => element.Links.Any(prefix => href.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
}
