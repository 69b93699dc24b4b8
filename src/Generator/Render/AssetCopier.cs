using Transparency.Generator.Load;

namespace Transparency.Generator.Render;

/// <summary>Copies the theme's assets (scripts and styles minified), the organisation's own assets and the documents into the output folder.</summary>
internal static class AssetCopier
{
    /// <summary>Copies everything; throws <see cref="InputException"/> naming every theme script or style sheet that cannot be read.</summary>
    public static void Copy(string inputRoot, string themeRoot, string outputFolder)
    {
        var errors = new List<InputError>();
        CopyTree(Path.Combine(themeRoot, "assets"), Path.Combine(outputFolder, "assets"), file =>
            AssetMinifier.Handles(file) ? AssetMinifier.Minify(file, themeRoot, errors) : null);
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        CopyTree(Path.Combine(inputRoot, "assets"), Path.Combine(outputFolder, "assets"));
        CopyTree(Path.Combine(inputRoot, "documents"), Path.Combine(outputFolder, "documents"), skipExtension: ".yaml");
    }

    /// <summary>Copies a folder; <paramref name="rewrite"/> may give a file's new text instead of its bytes.</summary>
    private static void CopyTree(string from, string to, Func<string, string?>? rewrite = null, string? skipExtension = null)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (skipExtension is not null && file.EndsWith(skipExtension, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (rewrite?.Invoke(file) is { } text)
            {
                File.WriteAllText(target, text);
            }
            else
            {
                File.Copy(file, target, overwrite: true);
            }
        }
    }
}
