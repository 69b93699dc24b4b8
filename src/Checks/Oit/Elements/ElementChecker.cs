using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>Decides which of an item's required elements a page, or a part of it, does not show.</summary>
internal static class ElementChecker
{
    private static readonly IElementFinder[] Finders =
    [
        new HeadingFinder(), new TextFinder(), new SelectorFinder(), new LinkFinder(),
        new ColumnFinder(), new OnlineServiceFinder(), new HeadNameFinder(),
    ];

    public static IReadOnlyList<ElementSpec> Missing(OitItem item, IElement root, CheckContext context) =>
        item.Elements.Where(element => !Shows(element, root, context)).ToList();

    private static bool Shows(ElementSpec element, IElement root, CheckContext context)
    {
        var finders = Finders.Where(f => f.AppliesTo(element)).ToList();
        var found = finders.Count == 0 || finders.Any(f => f.Finds(element, root, context));
        return found && WithinLimit(element.AtMost, root);
    }

    private static bool WithinLimit(PatternLimit? limit, IElement root) =>
        limit is null || Regex.Count(root.TextContent, limit.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1)) <= limit.Count;
}
