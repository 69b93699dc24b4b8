using Transparency.Browser.Tests.Support;

namespace Transparency.Browser.Tests.Pages;

/// <summary>Pages fit a small phone: only wide tables may scroll, inside their own box.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    // Names the innermost elements that stick out past the right edge, which are the ones to fix.
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          const scroll = document.documentElement.scrollWidth;
          if (scroll <= width) return null;
          const out = e => e.getBoundingClientRect().right > width + 0.5;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          const culprits = [...document.body.querySelectorAll('*')]
            .filter(e => out(e) && ![...e.children].some(out))
            .slice(0, 5)
            .map(e => name(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');
          return 'page is ' + scroll + ' px wide in a ' + width + ' px window; sticking out: ' + culprits.join(', ');
        }
        """;

    [SkippableFact]
    public async Task NoPageScrollsSidewaysOnA360PixelWideScreen()
    {
        var problems = await EveryPage.CheckAsync(site, 360, async (page, path) =>
        {
            await page.GotoAsync(site.Url(path));
            var overflow = await page.EvaluateAsync<string?>(Overflow);
            return overflow is null ? [] : [overflow];
        });

        EveryPage.AssertNone(problems, "Pages wider than a 360 px screen");
    }
}
