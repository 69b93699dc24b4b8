using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Transparency.Generator.Build;
using Transparency.Generator.Load;

namespace Transparency.Generator.Tests.Support;

/// <summary>
/// A whole mini-site in a temporary folder: input files written from strings, the real theme (or a copy to change),
/// built for real by the same pipeline as the command line, and the output parsed for assertions.
/// </summary>
internal sealed class SiteFixture : IDisposable
{
    public const string SiteYaml = """
        name: { th: เทศบาลตำบลทดสอบ, en: Test Subdistrict Municipality }
        type: { th: เทศบาลตำบล, en: Subdistrict municipality }
        address: { th: 1 หมู่ 1 ตำบลทดสอบ, en: "1 Moo 1, Test Subdistrict" }
        phone: 0 2000 0000
        email: info@test.example
        map: { latitude: 13.75, longitude: 100.5 }
        base_url: https://test.example/
        default_language: th
        criteria_version: "2565"
        """;

    private static readonly HtmlParser Parser = new();

    public SiteFixture()
    {
        Root = Directory.CreateTempSubdirectory("transparency-test-").FullName;
        Input = Path.Combine(Root, "input");
        Theme = RepositoryPaths.Theme;
        Output = Path.Combine(Root, "_site");
        Write("site.yaml", SiteYaml);
    }

    public string Root { get; }

    public string Input { get; }

    public string Theme { get; private set; }

    public string Output { get; }

    /// <summary>Writes a file under the input folder.</summary>
    public SiteFixture Write(string relativePath, string content)
    {
        var file = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Writes a page with the given front matter lines and body.</summary>
    public SiteFixture Page(string relativePath, string title, string body = "Text.", string frontMatter = "") =>
        Write($"pages/{relativePath}", $"---\ntitle: {title}\n{frontMatter}---\n{body}\n");

    /// <summary>Switches to a private copy of the real theme, for tests that change it.</summary>
    public string CopyTheme()
    {
        Theme = Path.Combine(Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Theme, Path.GetRelativePath(RepositoryPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Theme;
    }

    public Task<BuildResult> BuildAsync() =>
        SiteBuilder.BuildAsync(new BuildOptions(Input, Theme, Output, new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(7))));

    /// <summary>Builds and returns the errors the build stopped on.</summary>
    public async Task<IReadOnlyList<InputError>> BuildFailingAsync() =>
        (await Assert.ThrowsAsync<InputException>(BuildAsync)).Errors;

    public bool Exists(string sitePath) => File.Exists(OutputFile(sitePath));

    public string Read(string sitePath) => File.ReadAllText(OutputFile(sitePath));

    public IDocument Html(string sitePath) => Parser.ParseDocument(Read(sitePath));

    /// <summary>Every HTML file of the built site, as paths relative to the output folder.</summary>
    public IReadOnlyList<string> HtmlFiles() => Directory
        .EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string OutputFile(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        return Path.Combine(Output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
    }
}
