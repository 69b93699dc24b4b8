namespace Transparency.Generator.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries, so tests build the real theme and sample input.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    /// <summary>
    /// The material shared beside the project (real documents, official schemas), read at test time; a clone kept
    /// elsewhere names it with TRANSPARENCY_SHARED.
    /// </summary>
    public static string Shared => Environment.GetEnvironmentVariable("TRANSPARENCY_SHARED") is { Length: > 0 } named
        ? named
        : Path.Combine(Path.GetDirectoryName(Root)!, "shared");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Transparency.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Transparency.sln not found above " + AppContext.BaseDirectory);
    }
}
