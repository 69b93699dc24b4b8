using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>The current head's name, read from the first row of the executives' table, written on this page.</summary>
internal sealed class HeadNameFinder : IElementFinder
{
    public bool AppliesTo(ElementSpec element) => element.Head is not null;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) =>
        HeadName(element.Head!, context) is { Length: > 0 } name && Text.Normalise(root.TextContent).Contains(name, StringComparison.Ordinal);

    public static string? HeadName(HeadSpec head, CheckContext context) => context.Index.PagesOf(head.Item)
        .SelectMany(page => ColumnFinder.Columns(page.Main, head.Column))
        .Select(column => ColumnFinder.BodyRows(column.Table).FirstOrDefault()?.Children.ElementAtOrDefault(column.Index)?.TextContent)
        .Select(Text.Normalise)
        .FirstOrDefault(name => name.Length > 0);
}
