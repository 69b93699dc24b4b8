using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Transparency.Checks.Oit.Elements;

namespace Transparency.Checks.Oit.Consistency;

/// <summary>
/// The entries a page lists in a named column — projects, risks, measures — compared by their text without numbering
/// or a closing remark in brackets, which plans and reports word differently.
/// </summary>
internal static partial class EntryList
{
    private static readonly string[] Totals = ["รวม", "total"];

    public static IReadOnlyDictionary<string, string> Of(IElement root, IReadOnlyList<string> columns)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (table, index) in ColumnFinder.Columns(root, columns))
        {
            foreach (var row in ColumnFinder.BodyRows(table))
            {
                var shown = row.Children.ElementAtOrDefault(index)?.TextContent.Trim() ?? string.Empty;
                var key = Remark().Replace(Numbering().Replace(Text.Normalise(shown), string.Empty), string.Empty);
                if (key.Length > 1 && !Totals.Any(t => key.StartsWith(t, StringComparison.Ordinal)))
                {
                    entries.TryAdd(key, shown);
                }
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^[\(]?[0-9๐-๙]+[\.\)]\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex Remark();
}
