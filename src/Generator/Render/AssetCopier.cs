namespace Transparency.Generator.Render;

/// <summary>Copies the theme's assets, the organisation's own assets and the documents into the output folder.</summary>
internal static class AssetCopier
{
    public static void Copy(string inputRoot, string themeRoot, string outputFolder)
    {
        CopyTree(Path.Combine(themeRoot, "assets"), Path.Combine(outputFolder, "assets"));
        CopyTree(Path.Combine(inputRoot, "assets"), Path.Combine(outputFolder, "assets"));
        CopyTree(Path.Combine(inputRoot, "documents"), Path.Combine(outputFolder, "documents"), skipExtension: ".yaml");
    }

    private static void CopyTree(string from, string to, string? skipExtension = null)
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
            File.Copy(file, target, overwrite: true);
        }
    }
}
