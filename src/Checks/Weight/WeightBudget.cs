namespace Transparency.Checks.Weight;

/// <summary>
/// How heavy a page may be for a citizen on a cheap phone and a slow connection: HTML, CSS and scripts
/// compressed as a host sends them, and, separately, the fonts its stylesheets reference.
/// </summary>
public sealed record WeightBudget(long MaxCompressedBytes = 60 * 1024, long MaxFontBytes = 100 * 1024);
