using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Transparency.Generator.Render;

/// <summary>
/// Turns page Markdown into HTML with one pipeline built once per build; site links are pointed into the page's language.
/// Staff may use simple HTML (a <c>&lt;br&gt;</c> in a table cell is common), so the result is sanitised:
/// scripts, event handlers and styles are removed, and a stray tag cannot break the page.
/// </summary>
internal sealed class MarkdownRenderer(UrlScheme urls)
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .Build();

    public string ToHtml(string markdown, string language)
    {
        var document = Markdown.Parse(markdown, pipeline);
        HeadingAnchors.Assign(document);
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            // A wide table scrolls inside its own box (site.css); a keyboard user must be able to focus it to scroll.
            table.GetAttributes().AddProperty("tabindex", "0");
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url)
            {
                link.Url = urls.RewriteContentLink(url, language);
            }
        }

        return Sanitizer.Sanitize(document.ToHtml(pipeline));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id"); // heading anchors, so a section can be linked to
        sanitizer.AllowedAttributes.Add("tabindex"); // scrollable tables, reachable from the keyboard
        return sanitizer;
    }
}
