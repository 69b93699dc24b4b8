using ICU4N.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Transparency.Generator.Search;

/// <summary>
/// Splits text into words with ICU's word break rules, which use a dictionary for Thai (written without spaces)
/// and Unicode rules for English; the browser's <c>Intl.Segmenter</c> uses the same ICU rules and dictionary family.
/// </summary>
internal sealed class ThaiWordTokenizer : Tokenizer
{
    // ICU marks spaces and punctuation with a status below 100; words, numbers and letters above.
    private const int FirstWordStatus = 100;

    private readonly BreakIterator words = BreakIterator.GetWordInstance(new UCultureInfo("th"));
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private string text = string.Empty;
    private int start;

    public ThaiWordTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        for (var end = words.Next(); end != BreakIterator.Done; end = words.Next())
        {
            var from = start;
            start = end;
            if (words.RuleStatus >= FirstWordStatus)
            {
                term.SetEmpty().Append(text, from, end - from);
                offset.SetOffset(CorrectOffset(from), CorrectOffset(end));
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        text = m_input.ReadToEnd();
        words.SetText(text);
        start = words.First();
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(CorrectOffset(text.Length), CorrectOffset(text.Length));
    }
}
