using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Checks.Site;

/// <summary>A built site on disk, read the way a visitor's browser sees it: by URL path, not by file name.</summary>
public sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();
    private static readonly Uri Placeholder = new("http://site.invalid");

    private readonly Dictionary<string, IDocument> parsed = new(StringComparer.Ordinal);

    public BuiltSite(string folder, string basePath = "/")
    {
        Folder = Path.GetFullPath(folder);
        BasePath = basePath.EndsWith('/') ? basePath : basePath + "/";
        Pages = Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string Folder { get; }

    /// <summary>The path the site is served under, such as "/" or "/portal/".</summary>
    public string BasePath { get; }

    /// <summary>Every HTML file, relative to the folder, such as <c>th/ita/index.html</c>.</summary>
    public IReadOnlyList<string> Pages { get; }

    public IDocument Document(string page)
    {
        lock (parsed)
        {
            if (!parsed.TryGetValue(page, out var document))
            {
                parsed[page] = document = Parser.ParseDocument(File.ReadAllText(Path.Combine(Folder, page)));
            }

            return document;
        }
    }

    /// <summary>The file a root-relative URL path is served from, as a static host resolves it, or null when none exists.</summary>
    public string? FileFor(string urlPath)
    {
        if (!urlPath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(urlPath[BasePath.Length..]);
        var candidate = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        var full = Path.GetFullPath(Path.Combine(Folder, candidate));
        if (!full.StartsWith(Folder, StringComparison.Ordinal))
        {
            return null;
        }

        return File.Exists(full) ? Path.GetRelativePath(Folder, full).Replace('\\', '/') : null;
    }

    /// <summary>The URL path a file is served at: <c>th/ita/index.html</c> → <c>/th/ita/</c>.</summary>
    public string UrlOf(string file) =>
        BasePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    /// <summary>A file's address as an absolute URI on a placeholder host, so relative references resolve against it.</summary>
    public Uri AddressOf(string file) => new(Placeholder, UrlOf(file));

    public long Bytes(string file) => new FileInfo(Path.Combine(Folder, file)).Length;

    public byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Folder, file));
}
