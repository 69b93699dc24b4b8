using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Transparency.Generator.Render;

/// <summary>Turns page Markdown into HTML with one pipeline built once per build; site links are pointed into the page's language.</summary>
internal sealed class MarkdownRenderer(UrlScheme urls)
{
    // Raw HTML is off: staff write Markdown, and a stray tag must not break a page or inject script.
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .DisableHtml()
        .Build();

    public string ToHtml(string markdown, string language)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url)
            {
                link.Url = urls.RewriteContentLink(url, language);
            }
        }

        return document.ToHtml(pipeline);
    }
}
