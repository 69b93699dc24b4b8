using System.Globalization;
using System.Net;
using Transparency.Generator.Build;

namespace Transparency.Bench;

/// <summary>Checks a build's answer before its speed is believed: every page reported, and a known page written with its title.</summary>
internal static class BuildCheck
{
    /// <summary>Returns what is wrong, or null when the build reported every page and the sample page shows its title in both languages.</summary>
    public static string? Problem(string output, SyntheticSummary site, BuildResult result)
    {
        var expected = site.Pages * Languages.All.Count;
        var written = result.PagesPerLanguage.Values.Sum();
        if (written < expected)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the build reports {written} pages, fewer than the {expected} generated.");
        }

        foreach (var language in Languages.All)
        {
            var file = Path.Combine(output, language, site.SampleKey, "index.html");
            if (!File.Exists(file))
            {
                return $"{file} was not written.";
            }

            // The theme may escape Thai letters as character references; compare the text a browser would show.
            var title = site.SampleTitle.In(language);
            if (!WebUtility.HtmlDecode(File.ReadAllText(file)).Contains(title, StringComparison.Ordinal))
            {
                return $"{file} does not contain its title '{title}'.";
            }
        }

        return null;
    }
}
