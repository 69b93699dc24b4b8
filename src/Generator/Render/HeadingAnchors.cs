using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Transparency.Generator.Render;

/// <summary>
/// Gives every heading an id made from its text, so a section can be linked to. Markdig's own identifiers drop
/// Thai vowel and tone marks (they are combining characters), which would turn "ปัญหา" into "ปญหา".
/// </summary>
internal static class HeadingAnchors
{
    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var slug = Slug(heading.Inline);
            var id = slug.Length == 0 ? "section" : slug;
            for (var n = 1; !used.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }

            heading.GetAttributes().Id = id;
        }
    }

    private static string Slug(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var literal in inline?.Descendants<LiteralInline>() ?? [])
        {
            text.Append(literal.Content.ToString());
        }

        var slug = new StringBuilder();
        foreach (var c in text.ToString().Trim().ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                slug.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c == '-') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
