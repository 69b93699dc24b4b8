using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Transparency.Generator.Tests.Support;

/// <summary>Runs the Nu Html Checker (vnu.jar pinned in <c>tests/tools</c>) on the machine's Java and returns its errors.</summary>
internal sealed class NuHtmlChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string java;

    private NuHtmlChecker(string java) => this.java = java;

    public static string JarPath { get; } =
        Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The checker, or null with what is missing: vnu.jar (installed by npm) or a Java runtime.</summary>
    public static NuHtmlChecker? Find(out string missing)
    {
        if (!File.Exists(JarPath))
        {
            missing = $"vnu.jar not found at {JarPath}: run `npm ci --prefix tests/tools`";
            return null;
        }

        // JAVA_HOME wins over PATH, as for other Java tools; a Windows runtime names its launcher java.exe.
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var launcher = OperatingSystem.IsWindows() ? "java.exe" : "java";
        var java = home is { Length: > 0 } && File.Exists(Path.Combine(home, "bin", launcher)) ? Path.Combine(home, "bin", launcher) : "java";
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(java, "-version") { RedirectStandardError = true, RedirectStandardOutput = true })!;
            probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            missing = probe.ExitCode == 0 ? string.Empty : $"`{java} -version` exited with {probe.ExitCode.ToString(CultureInfo.InvariantCulture)}";
            return probe.ExitCode == 0 ? new NuHtmlChecker(java) : null;
        }
        catch (Win32Exception e)
        {
            missing = $"no Java runtime ({java}: {e.Message}): install Java 17 or later";
            return null;
        }
    }

    /// <summary>Checks the files (relative to <paramref name="folder"/>) in one run and returns every error it reports.</summary>
    public async Task<IReadOnlyList<NuHtmlError>> CheckAsync(string folder, IReadOnlyList<string> files)
    {
        // Relative paths keep the command line short (Windows caps it at 32K characters); --stdout keeps the JSON
        // apart from anything the JVM prints, and --verbose names each file checked on stderr (see below).
        var start = new ProcessStartInfo(java)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-jar", JarPath, "--errors-only", "--format", "json", "--stdout", "--verbose" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var log = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"vnu.jar did not finish within {Timeout}"));
        }

        var json = await output;
        var stderr = await log;

        // vnu reports nothing at all for a path it cannot read, so a wrong path would pass silently: require that
        // --verbose named every file as checked.
        var checkedFiles = stderr.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var notChecked = files.Where(f => !checkedFiles.Contains(f)).ToList();
        if (notChecked.Count > 0 || json.Length == 0)
        {
            throw new InvalidOperationException(
                $"vnu.jar (exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)}) did not check {string.Join(", ", notChecked)}:\n{stderr}");
        }

        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            // --errors-only leaves out "info" (warnings included); "error" and "non-document-error" (an unreadable
            // file, a crash of a checker part) both fail the gate.
            .Where(m => !string.Equals(m.GetProperty("type").GetString(), "info", StringComparison.Ordinal))
            .Select(m => new NuHtmlError(
                m.TryGetProperty("url", out var url) ? RelativeFile(folder, url.GetString()!) : "(vnu)",
                Number(m, "firstLine") ?? Number(m, "lastLine") ?? 0,
                Number(m, "firstColumn") ?? Number(m, "lastColumn") ?? 0,
                m.GetProperty("message").GetString() ?? string.Empty))
            .ToList();
    }

    /// <summary>The file of a vnu URL such as <c>file:/tmp/site/th/index.html</c>, relative to the checked folder.</summary>
    private static string RelativeFile(string folder, string url)
    {
        // vnu writes file:/path with one slash, which System.Uri rejects; file:///path is the same address, on Windows too.
        var file = url.StartsWith("file:/", StringComparison.Ordinal) && !url.StartsWith("file://", StringComparison.Ordinal)
            ? new Uri("file://" + url["file:".Length..]).LocalPath
            : url;
        return Path.GetRelativePath(folder, file).Replace('\\', '/');
    }

    private static int? Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.GetInt32() : null;
}

/// <summary>One error of the Nu Html Checker, written as <c>file:line:column message</c>.</summary>
internal sealed record NuHtmlError(string File, int Line, int Column, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column} {Message}");
}
