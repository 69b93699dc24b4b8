using System.Globalization;
using Transparency.Generator.Load;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Renders every page of the site in every language into the output folder, in parallel.</summary>
internal sealed class PageRenderer(Site site, ThemeTemplates templates, UrlScheme urls, DateTimeOffset buildTime)
{
    /// <summary>Layouts whose data comes from the rest of the built site; the builder draws them last, with <see cref="RenderPageAsync"/>.</summary>
    public static readonly IReadOnlySet<string> DeferredLayouts = new HashSet<string>(StringComparer.Ordinal) { "coverage" };

    private readonly PageViewFactory views = new(site, urls, new MarkdownRenderer(urls));
    private Dictionary<string, Dictionary<string, object>>? globalsByLanguage;

    private Dictionary<string, Dictionary<string, object>> GlobalsByLanguage =>
        globalsByLanguage ??= Languages.All.ToDictionary(l => l, Globals, StringComparer.Ordinal);

    /// <summary>Writes the pages, but for deferred layouts, and returns how many pages the site has per language.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RenderAllAsync(string outputFolder)
    {
        ReportUnknownLayouts();
        var globals = GlobalsByLanguage;
        var layoutData = new Dictionary<(string Layout, string Language), object?>();
        foreach (var (layout, build) in LayoutData.ByLayout)
        {
            foreach (var language in Languages.All)
            {
                layoutData[(layout, language)] = build(site, language, urls);
            }
        }

        var jobs = site.Pages
            .Where(p => !DeferredLayouts.Contains(LayoutOf(p)))
            .SelectMany(p => Languages.All.Select(l => (Page: p, Language: l)))
            .ToList();
        await Parallel.ForEachAsync(jobs, async (job, _) =>
        {
            var layout = LayoutOf(job.Page);
            var data = layoutData.GetValueOrDefault((layout, job.Language)) ?? LayoutData.ForPage(job.Page, site, job.Language, urls);
            await RenderPageAsync(job.Page, job.Language, data, outputFolder).ConfigureAwait(false);
        }).ConfigureAwait(false);

        await RenderNotFoundPagesAsync(outputFolder, globals).ConfigureAwait(false);
        return Languages.All.ToDictionary(l => l, _ => site.Pages.Count, StringComparer.Ordinal);
    }

    /// <summary>Draws one page in one language with the data its layout lists.</summary>
    public async Task RenderPageAsync(Page page, string language, object? data, string outputFolder)
    {
        var layout = LayoutOf(page);
        var view = views.Create(page, language, layout, data);
        var html = await templates.RenderAsync(view, layout, GlobalsByLanguage[language]).ConfigureAwait(false);
        var file = Path.Combine(outputFolder, UrlScheme.PageFile(language, page.Key));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, html).ConfigureAwait(false);
    }

    public string LayoutOf(Page page)
    {
        var chosen = page.In(site.Config.DefaultLanguage).FrontMatter.Layout;
        return chosen.Length > 0 ? chosen
            : BuiltInPages.Layouts.TryGetValue(page.Key, out var builtIn) ? builtIn
            : site.ChildrenOf(page.Key).Count > 0 ? "section"
            : "page";
    }

    private Dictionary<string, object> Globals(string language) => new(StringComparer.Ordinal)
    {
        ["site"] = SiteViewFactory.Create(site.Config, language, urls),
        ["build_date"] = buildTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["default_lang"] = site.Config.DefaultLanguage,
        ["criteria_version"] = site.Criteria.Version,
    };

    /// <summary>A 404 page per language, and one at the root (what static hosts serve) in the default language.</summary>
    private async Task RenderNotFoundPagesAsync(string outputFolder, Dictionary<string, Dictionary<string, object>> globals)
    {
        foreach (var language in Languages.All)
        {
            var page = new Page("404", new Dictionary<string, SourcePage>(StringComparer.Ordinal)
            {
                [language] = new("(built in)", "404", language, new FrontMatter { Title = site.Strings.Get(language, "page.404.title") }, null, null, string.Empty),
            });
            var view = views.Create(page, language, "404", null) with { Alternates = views.Alternates(string.Empty, language) };
            var html = await templates.RenderAsync(view, "404", globals[language]).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(outputFolder, language, "404.html"), html).ConfigureAwait(false);
            if (language == site.Config.DefaultLanguage)
            {
                await File.WriteAllTextAsync(Path.Combine(outputFolder, "404.html"), html).ConfigureAwait(false);
            }
        }
    }

    private void ReportUnknownLayouts()
    {
        var errors = site.Pages
            .Where(p => !templates.HasLayout(LayoutOf(p)))
            .Select(p => new InputError(p.In(site.Config.DefaultLanguage).DisplayPath, 2, 1,
                $"There is no layout '{LayoutOf(p)}' in the theme.",
                "Remove the 'layout' line or name a file of theme/layouts."))
            .ToList();
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }
}
