namespace Transparency.Generator.Load;

/// <summary>Names a file in messages as staff know it: relative to the input folder's parent, with forward slashes.</summary>
internal static class DisplayPath
{
    public static string Of(string file, string inputRoot)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(inputRoot)) ?? inputRoot;
        return Path.GetRelativePath(parent, file).Replace('\\', '/');
    }
}
