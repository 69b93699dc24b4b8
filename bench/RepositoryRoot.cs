namespace Transparency.Bench;

/// <summary>Finds the repository (the folder holding Transparency.sln) by walking up from the current directory.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "Transparency.sln";

    public static string? Find()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
