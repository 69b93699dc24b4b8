using System.Text;
using AngleSharp.Dom;

namespace Transparency.Generator.Search;

/// <summary>The visible text of rendered HTML, with a space wherever a block ends so that table cells do not run together.</summary>
internal static class RenderedText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "cite", "code", "data", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
    };

    public static string Of(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return Collapse(text.ToString());
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Append(INode node, StringBuilder text)
    {
        if (node is IText textNode)
        {
            text.Append(textNode.Data);
            return;
        }

        var block = node is IElement element && !InlineTags.Contains(element.LocalName);
        if (block)
        {
            text.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, text);
        }

        if (block)
        {
            text.Append(' ');
        }
    }
}
