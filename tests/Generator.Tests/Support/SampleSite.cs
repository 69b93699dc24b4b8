using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Transparency.Generator.Build;

namespace Transparency.Generator.Tests.Support;

/// <summary>The repository's sample organisation, built once for a test class into a temporary folder.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "transparency-sample-" + Guid.NewGuid().ToString("N"));

    internal BuildResult Result { get; private set; } = null!;

    public IReadOnlyList<string> HtmlFiles => Directory
        .EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public IDocument Html(string relativeFile) => Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, relativeFile)));

    /// <summary>Whether a root-relative URL of the site resolves to a file of the output, as a static host would serve it.</summary>
    public bool Resolves(string sitePath)
    {
        var path = Uri.UnescapeDataString(sitePath.Split('#', '?')[0]).TrimStart('/');
        var file = Path.Combine(Output, path);
        return path.Length == 0 || path.EndsWith('/') ? File.Exists(Path.Combine(file, "index.html")) : File.Exists(file);
    }

    public async Task InitializeAsync() => Result = await SiteBuilder.BuildAsync(
        new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Output, DateTimeOffset.Now));

    public Task DisposeAsync()
    {
        Directory.Delete(Output, recursive: true);
        return Task.CompletedTask;
    }
}
