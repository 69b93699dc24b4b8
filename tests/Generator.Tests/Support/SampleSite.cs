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

    public async Task InitializeAsync() => Result = await SiteBuilder.BuildAsync(
        new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Output, DateTimeOffset.Now));

    public Task DisposeAsync()
    {
        Directory.Delete(Output, recursive: true);
        return Task.CompletedTask;
    }
}
