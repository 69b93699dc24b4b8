namespace Transparency.Generator.Load;

/// <summary>Separates the YAML front matter between <c>---</c> lines from the Markdown body of a page.</summary>
internal static class FrontMatterSplitter
{
    private const string Fence = "---";

    /// <summary>Returns the YAML and the body, or null when the file does not start with a front matter block.</summary>
    public static (string Yaml, string Body, int BodyLine)? Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == Fence)
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]), i + 2);
            }
        }

        return null;
    }

    /// <summary>The line number in the whole file where <paramref name="key"/> is set, given the file line the YAML starts on.</summary>
    public static int LineOf(string yaml, string key, int firstLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                return i + firstLine;
            }
        }

        return firstLine;
    }
}
