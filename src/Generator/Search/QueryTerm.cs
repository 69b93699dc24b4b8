namespace Transparency.Generator.Search;

/// <summary>
/// A word of a query and the index terms it stands for: itself when the index has it and the longer terms it
/// begins (a partial word), or failing both, the terms one typing mistake away; the other terms count for less.
/// </summary>
internal sealed record QueryTerm(string Word, IReadOnlyList<(string Term, float Weight)> Matches);
