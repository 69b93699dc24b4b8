using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Transparency.Generator.Build;
using Transparency.Generator.Tests.Support;

namespace Transparency.Browser.Tests.Support;

/// <summary>The sample site built once, served over HTTP on 127.0.0.1, and one headless Chromium shared by all browser tests.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly string output = Path.Combine(Path.GetTempPath(), "transparency-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private Uri address = null!;

    /// <summary>Every page of the sitemap, as a root-relative path such as <c>/th/budget/</c>.</summary>
    internal IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>The shared browser; calling it skips the test (or fails it on CI) when Chromium is missing.</summary>
    internal IBrowser Browser
    {
        get
        {
            Chromium.Require();
            return browser!;
        }
    }

    internal string Url(string sitePath) => new Uri(address, sitePath).AbsoluteUri;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsPresent)
        {
            return;
        }

        await SiteBuilder.BuildAsync(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, output, DateTimeOffset.Now));
        Pages = XDocument.Load(Path.Combine(output, "sitemap.xml"))
            .Descendants(SitemapNamespace + "loc")
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .ToList();
        (server, address) = await StaticSiteServer.StartAsync(output);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
