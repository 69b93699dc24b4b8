namespace Transparency.Browser.Tests.Support;

/// <summary>Finds Debian's Chromium and decides whether its absence skips the browser tests or fails them.</summary>
internal static class Chromium
{
    /// <summary>Headless without sandbox, and without the background traffic a test run must not send anywhere.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync",
    ];

    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("TRANSPARENCY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsPresent => File.Exists(ExecutablePath);

    private static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test without a browser, except on CI, where a missing browser is a failure.</summary>
    public static void Require()
    {
        if (IsPresent)
        {
            return;
        }

        if (OnCi)
        {
            Assert.Fail($"Chromium not found at {ExecutablePath}: CI must install chromium (apt-get install chromium) so that the browser tests run.");
        }

        Skip.If(true, $"Chromium not found at {ExecutablePath} (install chromium or set TRANSPARENCY_CHROMIUM): browser tests skipped.");
    }
}
