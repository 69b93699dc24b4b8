using Transparency.Browser.Tests.Support;

namespace Transparency.Browser.Tests.Pages;

/// <summary>Every page of the sitemap loads cleanly in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserSite site)
{
    [SkippableFact]
    public async Task EveryPageLoadsWithoutConsoleErrorsOrFailedRequests()
    {
        var problems = await EveryPage.CheckAsync(site, 1280, async (page, path) =>
        {
            using var watch = new PageWatch(page);
            await page.GotoAsync(site.Url(path));
            return await watch.SettleAsync();
        });

        EveryPage.AssertNone(problems, "Pages with console errors or failed requests");
    }
}
