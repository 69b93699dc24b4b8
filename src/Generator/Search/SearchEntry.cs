namespace Transparency.Generator.Search;

/// <summary>One thing a visitor can find: a page or a document, with the text to search and what a result shows.</summary>
internal sealed record SearchEntry(
    string Url,
    string Title,
    string Headings,
    string Body,
    string Section,
    int FiscalYear,
    string Excerpt);
