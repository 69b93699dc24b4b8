namespace Transparency.Generator.Build;

/// <summary>Where a build reads from and writes to, and the moment it stamps on the site.</summary>
internal sealed record BuildOptions(string Input, string Theme, string Output, DateTimeOffset BuildTime);
