namespace Transparency.Bench.Search;

/// <summary>One query run in the browser: the first results, the bytes fetched for it (as sent, and gzipped) and the time it took.</summary>
internal sealed record QueryMeasure(IReadOnlyList<string> Urls, long Bytes, long GzipBytes, double Milliseconds);
