using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Transparency.Browser.Tests.Support;

/// <summary>Serves a built site on 127.0.0.1 as a static host would: index.html for folders, 404.html for the rest.</summary>
internal static class StaticSiteServer
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string siteFolder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(siteFolder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(siteFolder, "404.html")).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        // Port 0 lets the system pick a free port; Urls tells which one after the start.
        return (app, new Uri(app.Urls.Single()));
    }
}
