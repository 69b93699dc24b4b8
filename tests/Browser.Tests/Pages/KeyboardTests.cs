using System.Text.Json;
using Microsoft.Playwright;
using Transparency.Browser.Tests.Support;

namespace Transparency.Browser.Tests.Pages;

/// <summary>A keyboard user reaches the skip link, the main menu, the language switcher and the search box, and sees where focus is.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    private const int MaxTabs = 40;

    private static readonly string[] Targets = ["skip link", "main menu", "language switcher", "search box"];

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    // What has focus, whether it is inside the window, and whether it draws a focus ring (outline or box shadow).
    private const string Focused = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          return {
            target: e.matches('.skip-link') ? 'skip link'
              : e.closest('.main-nav') ? 'main menu'
              : e.closest('.language-switcher') ? 'language switcher'
              : e.matches('input[type=search]') ? 'search box' : null,
            name: e.tagName.toLowerCase() + ' "' + (e.textContent || e.getAttribute('aria-label') || e.name || '').trim().slice(0, 40) + '"',
            ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
            visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
          };
        }
        """;

    [SkippableFact]
    public async Task FirstTabShowsTheSkipLinkAndLaterTabsReachMenuLanguageSwitcherAndSearchWithAFocusRingOnEveryPage()
    {
        var problems = await EveryPage.CheckAsync(site, 1280, async (page, path) =>
        {
            await page.GotoAsync(site.Url(path));
            var found = new List<string>();
            var reached = new HashSet<string>(StringComparer.Ordinal);
            for (var tab = 1; tab <= MaxTabs && reached.Count < Targets.Length; tab++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await FocusAsync(page);
                if (tab == 1)
                {
                    found.AddRange(focus switch
                    {
                        null => ["the first Tab focused nothing"],
                        { Target: not "skip link" } => [$"the first Tab focused {focus.Name}, not the skip link"],
                        { Visible: false } => ["the focused skip link stays out of sight"],
                        _ => [],
                    });
                }

                if (focus is null)
                {
                    continue;
                }

                if (!focus.Ring)
                {
                    found.Add($"no focus ring on {focus.Name}");
                }

                if (focus.Target is not null)
                {
                    reached.Add(focus.Target);
                }
            }

            found.AddRange(Targets.Where(t => !reached.Contains(t)).Select(t => $"the {t} is not reached within {MaxTabs} Tabs"));
            return found.Distinct(StringComparer.Ordinal);
        });

        EveryPage.AssertNone(problems, "Pages not fully usable by keyboard");
    }

    private static async Task<Focus?> FocusAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement?>(Focused);
        return json is { ValueKind: JsonValueKind.Object } value ? value.Deserialize<Focus>(JsonOptions) : null;
    }

    /// <summary>The focused element as the page reports it.</summary>
    private sealed record Focus(string? Target, string Name, bool Ring, bool Visible);
}
