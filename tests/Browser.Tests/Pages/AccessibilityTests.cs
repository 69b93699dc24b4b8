using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Transparency.Browser.Tests.Support;

namespace Transparency.Browser.Tests.Pages;

/// <summary>axe-core finds nothing to fix against WCAG 2.1 A and AA on any page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SkippableFact]
    public async Task EveryPageHasNoWcag21LevelAOrAAViolations()
    {
        var problems = await EveryPage.CheckAsync(site, 1280, async (page, path) =>
        {
            await page.GotoAsync(site.Url(path));
            // RunAxe opens a new browser page for every check to merge the results of cross-origin frames, which the
            // site has none of: four times slower here (9 min against 2 for the sample site) for the same violations.
            // Should a later package drop legacy mode, RunAxe(Wcag21AA) is the drop-in replacement.
#pragma warning disable CS0618
            var result = await page.RunAxeLegacy(options: Wcag21AA);
#pragma warning restore CS0618
            return result.Violations.SelectMany(Describe);
        });

        EveryPage.AssertNone(problems, "WCAG 2.1 A/AA violations found by axe-core");
    }

    private static IEnumerable<string> Describe(AxeResultItem violation) => violation.Nodes.Select(node =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {node.Target} {node.Html}");
}
