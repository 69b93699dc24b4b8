namespace Transparency.Bench.Search;

/// <summary>One query run in the browser: the first results, the files fetched for it with their bytes (as sent, and gzipped) and the time it took.</summary>
internal sealed record QueryMeasure(IReadOnlyList<string> Urls, IReadOnlyList<(string Path, int Bytes)> Files, long Bytes, long GzipBytes, double Milliseconds);
