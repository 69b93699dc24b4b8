namespace Transparency.Generator.Write;

/// <summary>
/// Builds the site into a fresh folder beside the output and swaps it in only when the whole build succeeded,
/// so a failed build leaves the published site exactly as it was.
/// </summary>
internal static class AtomicSiteWriter
{
    public static async Task<T> WriteAsync<T>(string outputFolder, Func<string, Task<T>> build)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}-new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        T result;
        try
        {
            result = await build(staging).ConfigureAwait(false);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        Swap(staging, output, parent);
        return result;
    }

    private static void Swap(string staging, string output, string parent)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        // Two renames in the same folder: the old site stays whole until the new one takes its name.
        var retired = Path.Combine(parent, $".{Path.GetFileName(output)}-old-{Guid.NewGuid():N}");
        Directory.Move(output, retired);
        Directory.Move(staging, output);
        Directory.Delete(retired, recursive: true);
    }
}
