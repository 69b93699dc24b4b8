namespace Transparency.Generator.Build;

/// <summary>What a successful build produced: pages per language, warnings for staff, and how long it took.</summary>
internal sealed record BuildResult(IReadOnlyDictionary<string, int> PagesPerLanguage, IReadOnlyList<string> Warnings, TimeSpan Elapsed);
