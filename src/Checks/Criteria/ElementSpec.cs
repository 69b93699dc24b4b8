namespace Transparency.Checks.Criteria;

/// <summary>
/// One element an OIT page must show, and the ways to find it in the rendered page. The element is present when any
/// way succeeds; <see cref="AtMost"/> is a limit that must hold as well. Phrases match Thai or English text.
/// </summary>
public sealed class ElementSpec
{
    public string Id { get; set; } = string.Empty;

    public LocalizedText Title { get; set; } = new();

    /// <summary>Phrases looked for in headings, table headers, captions, terms and bold text.</summary>
    public List<string> Headings { get; set; } = [];

    /// <summary>Phrases looked for anywhere in the page's main text.</summary>
    public List<string> Text { get; set; } = [];

    /// <summary>A CSS selector that must match inside the main content.</summary>
    public string Selector { get; set; } = string.Empty;

    /// <summary>Beginnings of a link's address, such as <c>tel:</c>, <c>mailto:</c> or a map service.</summary>
    public List<string> Links { get; set; } = [];

    /// <summary>A table column whose header contains one of these phrases.</summary>
    public List<string> Columns { get; set; } = [];

    /// <summary>With <see cref="Columns"/>: every row of such a table must fill that column.</summary>
    public bool EveryRow { get; set; }

    /// <summary>With <see cref="EveryRow"/>: <c>image</c> when the cell must hold a picture rather than text.</summary>
    public string Cell { get; set; } = "text";

    /// <summary>With <see cref="EveryRow"/>: rows containing one of these phrases are exempt, such as a vacant post.</summary>
    public List<string> SkipRows { get; set; } = [];

    /// <summary>A link or form to an online service that is not a downloadable document.</summary>
    public bool OnlineService { get; set; }

    /// <summary>The name of the organisation's current head, read from another item's page (No Gift Policy).</summary>
    public HeadSpec? Head { get; set; }

    /// <summary>A pattern that may occur at most a number of times, such as statute sections in a summary of duties.</summary>
    public PatternLimit? AtMost { get; set; }

    /// <summary>What staff do to show this element.</summary>
    public LocalizedText Fix { get; set; } = new();
}

/// <summary>Where the current head's name is: the first row of a column on another item's page.</summary>
public sealed class HeadSpec
{
    public string Item { get; set; } = string.Empty;

    public List<string> Column { get; set; } = [];
}

/// <summary>A regular expression and the most matches allowed.</summary>
public sealed class PatternLimit
{
    public string Pattern { get; set; } = string.Empty;

    public int Count { get; set; }
}

/// <summary>
/// How an item must agree with another: <c>keys</c> compares the entries of a column (projects, risks, measures) on both
/// pages of the same fiscal year; <c>same_year</c> asks only that the other item is published for that year.
/// </summary>
public sealed class ConsistencySpec
{
    public string Item { get; set; } = string.Empty;

    public string Mode { get; set; } = "keys";

    public List<string> Columns { get; set; } = [];
}
