using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Transparency.Generator.Serve;

/// <summary>Serves the built site on 127.0.0.1 and adds a small script to each HTML page that reloads it after a rebuild.</summary>
internal static class PreviewServer
{
    private const string ReloadPath = "/__reload";
    private const string ReloadScript =
        "<script>new EventSource('/__reload').onmessage = function () { location.reload(); };</script>";

    public static async Task RunAsync(string siteFolder, int port, ReloadSignal signal, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use((context, next) => context.Request.Path == ReloadPath ? StreamReloadsAsync(context, signal) : next());
        app.Use((context, next) => ServeHtmlWithReloadAsync(context, siteFolder, next));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(siteFolder),
            ServeUnknownFileTypes = true,
        });
        app.Run(context => ServeFileAsync(context, Path.Combine(siteFolder, "404.html"), StatusCodes.Status404NotFound));
        Console.WriteLine($"Serving {siteFolder} at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        await app.StartAsync(cancel).ConfigureAwait(false);
        await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => app.StopAsync(), TaskScheduler.Default).Unwrap().ConfigureAwait(false);
    }

    private static Task ServeHtmlWithReloadAsync(HttpContext context, string siteFolder, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "/";
        var file = Path.Combine(siteFolder, path.TrimStart('/'));
        if (path.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }
        else if (Directory.Exists(file))
        {
            context.Response.Redirect(path + "/");
            return Task.CompletedTask;
        }

        return file.EndsWith(".html", StringComparison.Ordinal) && File.Exists(file)
            ? ServeFileAsync(context, file, StatusCodes.Status200OK)
            : next();
    }

    private static async Task ServeFileAsync(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var html = File.Exists(file) ? await File.ReadAllTextAsync(file).ConfigureAwait(false) : "Not found";
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        await context.Response.WriteAsync(end < 0 ? html + ReloadScript : html.Insert(end, ReloadScript)).ConfigureAwait(false);
    }

    private static async Task StreamReloadsAsync(HttpContext context, ReloadSignal signal)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.FlushAsync().ConfigureAwait(false);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await signal.NextAsync().WaitAsync(context.RequestAborted).ConfigureAwait(false);
                await context.Response.WriteAsync("data: reload\n\n").ConfigureAwait(false);
                await context.Response.Body.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded; its next load opens a new stream.
        }
    }
}
