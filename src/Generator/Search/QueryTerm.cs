namespace Transparency.Generator.Search;

/// <summary>
/// A word of a query and the index terms it stands for: itself when the index has it, otherwise the terms it
/// begins (a partial word) or, failing that, the terms one typing mistake away, each counted for less.
/// </summary>
internal sealed record QueryTerm(string Word, IReadOnlyList<(string Term, float Weight)> Matches);
