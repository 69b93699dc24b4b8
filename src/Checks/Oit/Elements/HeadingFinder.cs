using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>
/// A phrase in a heading, table header, caption, definition term, bold text or a row's first cell (Markdown tables
/// cannot mark row headers): where pages name what they show.
/// </summary>
internal sealed class HeadingFinder : IElementFinder
{
    private const string Labels = "h1, h2, h3, h4, h5, h6, th, caption, dt, strong, b, summary, legend, label, tr > td:first-child";

    public bool AppliesTo(ElementSpec element) => element.Headings.Count > 0;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) =>
        root.QuerySelectorAll(Labels).Any(label => Text.ContainsAny(Text.Normalise(label.TextContent), element.Headings));
}
