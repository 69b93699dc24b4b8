using System.CommandLine;
using Transparency.Generator.Serve;

namespace Transparency.Generator.Cli;

/// <summary><c>transparency serve</c>: builds, serves the site locally and rebuilds and reloads while staff edit.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var folders = new CommonOptions();
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1 and rebuild when input/ or theme/ change.");
        folders.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancel) =>
        {
            var options = folders.Read(result);
            if (await BuildCommand.RunAsync(options).ConfigureAwait(false) != 0 && !Directory.Exists(options.Output))
            {
                return 1;
            }

            var signal = new ReloadSignal();
            using var watcher = new RebuildOnChange(() => folders.Read(result) with { BuildTime = DateTimeOffset.Now }, signal);
            await PreviewServer.RunAsync(options.Output, result.GetValue(port), signal, cancel).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
