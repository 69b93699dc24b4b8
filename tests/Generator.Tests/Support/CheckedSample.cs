using System.Globalization;
using AngleSharp.Dom;
using Transparency.Checks;
using Transparency.Checks.Criteria;
using Transparency.Checks.Oit;
using Transparency.Checks.Oit.Evidence;
using Transparency.Checks.Site;

namespace Transparency.Generator.Tests.Support;

/// <summary>
/// The built sample site, read afresh for one test so that the test can change its Thai pages in memory — remove an
/// element, age a page, unlink it — before the OIT checks read it as an assessor would.
/// </summary>
internal sealed class CheckedSample(string folder)
{
    /// <summary>The day the sample is judged on in tests: inside fiscal year 2570, before the next monthly summary is due.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    private static readonly CriteriaSet Criteria = CriteriaCatalog.Load("2565")!;

    public BuiltSite Site { get; } = new(folder);

    public IEnumerable<IDocument> ThaiPages => Site.Pages.Where(p => p.StartsWith("th/", StringComparison.Ordinal)).Select(Site.Document);

    /// <summary>The Thai pages that declare <paramref name="code"/>.</summary>
    public IReadOnlyList<IDocument> PagesOf(string code) =>
        ThaiPages.Where(d => EvidencePage.Meta(d, OitMeta.Items).Split(' ').Contains(code)).ToList();

    public CoverageReport Check(DateOnly? asOf = null) =>
        CoverageChecker.Check(Site, Criteria, asOf ?? AsOf, Languages.Thai, new Uri("https://www.khlongphruksa.go.th/"));

    public ItemResult Item(string code, DateOnly? asOf = null) => Check(asOf).Items.Single(i => i.Code == code);

    /// <summary>Takes <paramref name="code"/> out of every page's metadata, as if no page published it.</summary>
    public CheckedSample Undeclare(string code)
    {
        foreach (var meta in ThaiPages.SelectMany(d => d.QuerySelectorAll($"meta[name='{OitMeta.Items}']")))
        {
            meta.SetAttribute("content", string.Join(' ', meta.GetAttribute("content")!.Split(' ').Where(c => c != code)));
        }

        return this;
    }

    /// <summary>Moves every date and period of the item's pages two years back.</summary>
    public CheckedSample Age(string code)
    {
        foreach (var page in PagesOf(code))
        {
            Shift(page, OitMeta.FiscalYear, v => (int.Parse(v, CultureInfo.InvariantCulture) - 2).ToString(CultureInfo.InvariantCulture));
            Shift(page, OitMeta.Published, OlderDate);
            Shift(page, OitMeta.Modified, OlderDate);
            Shift(page, OitMeta.Period, v => string.Join('/', v.Split('/').Select(OlderDate)));
        }

        return this;

        static string OlderDate(string iso) =>
            DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Removes the elements matching <paramref name="selector"/> from the main content of the item's pages.</summary>
    public CheckedSample Remove(string code, string selector)
    {
        foreach (var element in PagesOf(code).SelectMany(d => d.QuerySelector("main")!.QuerySelectorAll(selector)).ToList())
        {
            element.Remove();
        }

        return this;
    }

    /// <summary>Blanks every heading, table header, bold text or row label of the item's pages that contains a phrase.</summary>
    public CheckedSample Blank(string code, params string[] phrases)
    {
        const string Labels = "h1, h2, h3, h4, h5, h6, th, caption, dt, strong, b, tr > td:first-child";
        foreach (var label in PagesOf(code).SelectMany(d => d.QuerySelector("main")!.QuerySelectorAll(Labels)))
        {
            if (phrases.Any(p => label.TextContent.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                label.TextContent = "…";
            }
        }

        return this;
    }

    /// <summary>Adds HTML at the end of the main content of the item's pages.</summary>
    public CheckedSample Append(string code, string html)
    {
        foreach (var page in PagesOf(code))
        {
            page.QuerySelector("main")!.InnerHtml += html;
        }

        return this;
    }

    /// <summary>Replaces text in the main content of the item's pages.</summary>
    public CheckedSample Replace(string code, string text, string with)
    {
        foreach (var page in PagesOf(code))
        {
            var main = page.QuerySelector("main")!;
            main.InnerHtml = main.InnerHtml.Replace(text, with, StringComparison.Ordinal);
        }

        return this;
    }

    /// <summary>Sets a metadata value on the item's pages.</summary>
    public CheckedSample SetMeta(string code, string name, string value)
    {
        foreach (var page in PagesOf(code))
        {
            page.QuerySelector($"meta[name='{name}']")?.SetAttribute("content", value);
        }

        return this;
    }

    private static void Shift(IDocument page, string name, Func<string, string> change)
    {
        if (page.QuerySelector($"meta[name='{name}']") is { } meta && meta.GetAttribute("content") is { Length: > 0 } value)
        {
            meta.SetAttribute("content", change(value));
        }
    }
}
