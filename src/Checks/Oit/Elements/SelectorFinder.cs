using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>An element matched by a CSS selector, such as the organisation chart's image.</summary>
internal sealed class SelectorFinder : IElementFinder
{
    public bool AppliesTo(ElementSpec element) => element.Selector.Length > 0;

    public bool Finds(ElementSpec element, IElement root, CheckContext context) => root.QuerySelector(element.Selector) is not null;
}
