using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>A phrase anywhere in the content, such as a statement that there were no problems.</summary>
internal sealed class TextFinder : IElementFinder
{
    public bool AppliesTo(ElementSpec element) => element.Text.Count > 0;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) =>
        Text.ContainsAny(Text.Normalise(root.TextContent), element.Text);
}
