using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>
/// A table column named by its header; with <c>every_row</c>, a table in which every row fills that column
/// (a picture when <c>cell: image</c>), rows such as a vacant post excepted.
/// </summary>
internal sealed class ColumnFinder : IElementFinder
{
    private static readonly string[] Blank = ["", "-", "–", "—"];

    public bool AppliesTo(ElementSpec element) => element.Columns.Count > 0;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) =>
        Columns(root, element.Columns).Any(column => !element.EveryRow || EveryRowFilled(column, element));

    /// <summary>Each table of <paramref name="root"/> with a header containing one of the phrases, and that header's index.</summary>
    public static IEnumerable<(IElement Table, int Index)> Columns(IElement root, IReadOnlyList<string> phrases)
    {
        foreach (var table in root.QuerySelectorAll("table"))
        {
            var headers = (table.QuerySelector("thead tr") ?? table.QuerySelector("tr"))?.Children.ToList() ?? [];
            var index = headers.FindIndex(h => h.LocalName == "th" && Text.ContainsAny(Text.Normalise(h.TextContent), phrases));
            if (index >= 0)
            {
                yield return (table, index);
            }
        }
    }

    /// <summary>The body rows of a table: those after its header row.</summary>
    public static IEnumerable<IElement> BodyRows(IElement table) =>
        table.QuerySelector("tbody") is { } body ? body.Children.Where(r => r.LocalName == "tr") : table.QuerySelectorAll("tr").Skip(1);

    private static bool EveryRowFilled((IElement Table, int Index) column, ElementSpec element)
    {
        var rows = BodyRows(column.Table).Where(r => !Text.ContainsAny(Text.Normalise(r.TextContent), element.SkipRows)).ToList();
        return rows.Count > 0 && rows.All(row => row.Children.ElementAtOrDefault(column.Index) is { } cell && Filled(cell, element.Cell));
    }

    private static bool Filled(IElement cell, string kind) => kind == "image"
        ? cell.QuerySelector("img[src], svg, picture") is not null
        : !Blank.Contains(cell.TextContent.Trim(), StringComparer.Ordinal);
}
