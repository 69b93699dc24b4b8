using Transparency.Checks.Oit;

namespace Transparency.Generator.Build;

/// <summary>What a successful build produced: pages per language, warnings for staff, how long it took, and the OIT coverage.</summary>
internal sealed record BuildResult(IReadOnlyDictionary<string, int> PagesPerLanguage, IReadOnlyList<string> Warnings, TimeSpan Elapsed, CoverageReport? Coverage = null);
