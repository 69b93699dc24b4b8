using System.Diagnostics;
using System.Globalization;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// When a data file last changed, for the dataset's "last modified": the date of its last commit when the input is
/// kept in git (a fresh clone gives every file today's time), else the file's own time.
/// </summary>
internal static class SourceDates
{
    public static DateOnly LastChanged(string file)
    {
        var committed = LastCommit(file);
        return committed ?? DateOnly.FromDateTime(File.GetLastWriteTimeUtc(file));
    }

    private static DateOnly? LastCommit(string file)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["log", "-1", "--format=%cs", "--", Path.GetFileName(file)])
            {
                WorkingDirectory = Path.GetDirectoryName(file)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && DateOnly.TryParseExact(output, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
