namespace Transparency.Generator.Search;

/// <summary>A found page or document with its score.</summary>
internal sealed record SearchHit(int Id, string Url, string Title, string Section, int FiscalYear, string Excerpt, float Score);
