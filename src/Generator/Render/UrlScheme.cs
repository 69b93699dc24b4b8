namespace Transparency.Generator.Render;

/// <summary>
/// Where each page lives: <c>/th/KEY/</c> and <c>/en/KEY/</c> under the path of the site's base URL,
/// so that a site hosted in a sub-folder still links correctly.
/// </summary>
internal sealed class UrlScheme
{
    private static readonly string[] LanguageNeutralFolders = ["documents", "assets"];

    private readonly Uri baseUrl;

    public UrlScheme(string baseUrl)
    {
        var withSlash = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        this.baseUrl = new Uri(withSlash, UriKind.Absolute);
        BasePath = this.baseUrl.AbsolutePath;
    }

    /// <summary>The path the site is served under, always ending with a slash, such as "/" or "/portal/".</summary>
    public string BasePath { get; }

    public string Page(string language, string key) =>
        key.Length == 0 ? $"{BasePath}{language}/" : $"{BasePath}{language}/{key}/";

    public string Asset(string path) => BasePath + path.TrimStart('/');

    public string Absolute(string sitePath) => new Uri(baseUrl, sitePath).ToString();

    /// <summary>The file a page is written to, relative to the output folder.</summary>
    public static string PageFile(string language, string key) =>
        key.Length == 0 ? $"{language}/index.html" : $"{language}/{key}/index.html";

    /// <summary>
    /// Turns a link written in content without a language (<c>/procurement/plan/</c>) into one inside
    /// <paramref name="language"/>'s tree; documents, assets, external and relative links are left alone.
    /// </summary>
    public string RewriteContentLink(string url, string language)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        var firstSegment = url.TrimStart('/').Split('/', '#', '?')[0];
        return LanguageNeutralFolders.Contains(firstSegment, StringComparer.Ordinal)
            || Checks.Languages.All.Contains(firstSegment)
            ? Asset(url)
            : $"{BasePath}{language}{url}";
    }
}
