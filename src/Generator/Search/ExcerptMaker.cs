using ICU4N.Globalization;
using ICU4N.Text;

namespace Transparency.Generator.Search;

/// <summary>The start of a page's text for a search result, cut at a word boundary (Thai words have no spaces to cut at).</summary>
internal sealed class ExcerptMaker
{
    public const int Length = 180;

    private readonly BreakIterator words = BreakIterator.GetWordInstance(new UCultureInfo("th"));

    public string Make(string text)
    {
        if (text.Length <= Length)
        {
            return text;
        }

        words.SetText(text);
        var cut = words.Preceding(Length);
        return text[..(cut > 0 ? cut : Length)].TrimEnd() + "…";
    }
}
