using Transparency.Generator.Build;
using Transparency.Generator.Cli;

namespace Transparency.Generator.Serve;

/// <summary>Watches the input and theme folders and rebuilds, once per burst of changes, then signals open pages.</summary>
internal sealed class RebuildOnChange : IDisposable
{
    // Editors save in several steps (temp file, rename); waiting a moment turns them into one rebuild.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly SemaphoreSlim building = new(1, 1);

    public RebuildOnChange(Func<BuildOptions> options, ReloadSignal signal)
    {
        timer = new Timer(_ => _ = RebuildAsync(options(), signal));
        var current = options();
        foreach (var folder in new[] { current.Input, current.Theme })
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
        building.Dispose();
    }

    private void Schedule() => timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private async Task RebuildAsync(BuildOptions options, ReloadSignal signal)
    {
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            if (await BuildCommand.RunAsync(options).ConfigureAwait(false) == 0)
            {
                signal.Fire();
            }
        }
        finally
        {
            building.Release();
        }
    }
}
