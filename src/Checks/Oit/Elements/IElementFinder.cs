using AngleSharp.Dom;
using Transparency.Checks.Criteria;

namespace Transparency.Checks.Oit.Elements;

/// <summary>One way to find an element of a page, used when the element's definition asks for it.</summary>
internal interface IElementFinder
{
    bool AppliesTo(ElementSpec element);

    bool Finds(ElementSpec element, IElement root, CheckContext context);
}
