using System.Net;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Writes the files at the site root: the redirect to the default language and <c>robots.txt</c>.</summary>
internal static class RootFilesWriter
{
    public static void Write(Site site, UrlScheme urls, string outputFolder)
    {
        var target = urls.Page(site.Config.DefaultLanguage, string.Empty);
        var alternates = string.Concat(Languages.All.Select(l =>
            $"\n<link rel=\"alternate\" hreflang=\"{l}\" href=\"{urls.Absolute(urls.Page(l, string.Empty))}\">"));
        var name = WebUtility.HtmlEncode(site.Config.Name.In(site.Config.DefaultLanguage));
        // A meta refresh needs no JavaScript and no server configuration, so any static host can serve it.
        var html = $"""
            <!DOCTYPE html>
            <html lang="{site.Config.DefaultLanguage}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{name}</title>
            <meta http-equiv="refresh" content="0; url={target}">
            <link rel="canonical" href="{urls.Absolute(target)}">{alternates}
            <link rel="alternate" hreflang="x-default" href="{urls.Absolute(target)}">
            </head>
            <body>
            <p><a href="{urls.Page(Languages.Thai, string.Empty)}" lang="th">ภาษาไทย</a> · <a href="{urls.Page(Languages.English, string.Empty)}" lang="en">English</a></p>
            </body>
            </html>
            """;
        File.WriteAllText(Path.Combine(outputFolder, "index.html"), html + "\n");
        File.WriteAllText(Path.Combine(outputFolder, "robots.txt"),
            $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Asset("sitemap.xml"))}\n");
    }
}
