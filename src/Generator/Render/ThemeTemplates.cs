using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Transparency.Generator.Load;

namespace Transparency.Generator.Render;

/// <summary>
/// The theme's Liquid layouts, parsed once per build; partials are included from <c>theme/partials</c>.
/// Options are frozen after construction so that pages can render in parallel.
/// </summary>
internal sealed class ThemeTemplates
{
    private const string BaseLayout = "base";
    private static readonly FluidParser Parser = new();

    // The default encoder escapes every Thai letter as an entity, tripling page size; only markup characters need escaping.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> layouts = new(StringComparer.Ordinal);
    private readonly TemplateOptions options;

    public ThemeTemplates(string themeRoot, LiquidFilters filters)
    {
        options = new TemplateOptions
        {
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(Path.Combine(themeRoot, "partials"))),
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
        };
        filters.Register(options.Filters);

        var errors = new List<InputError>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(themeRoot, "layouts"), "*.liquid").Order(StringComparer.Ordinal))
        {
            if (Parser.TryParse(File.ReadAllText(file), out var template, out var error))
            {
                layouts[Path.GetFileNameWithoutExtension(file)] = template;
            }
            else
            {
                errors.Add(new InputError(DisplayPath.Of(file, themeRoot), 0, 0, error, "Fix the Liquid syntax."));
            }
        }

        if (!layouts.ContainsKey(BaseLayout))
        {
            errors.Add(new InputError(DisplayPath.Of(Path.Combine(themeRoot, "layouts", BaseLayout + ".liquid"), themeRoot), 0, 0,
                "The base layout is missing.", "Every page is drawn inside it; restore it from the default theme."));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    public bool HasLayout(string name) => layouts.ContainsKey(name);

    /// <summary>Renders a page's own layout, then wraps it in the base layout.</summary>
    public async Task<string> RenderAsync(PageView page, string layout, IReadOnlyDictionary<string, object> globals)
    {
        var context = new TemplateContext(options);
        foreach (var (name, value) in globals)
        {
            context.SetValue(name, value);
        }

        context.SetValue("page", page);
        context.SetValue("lang", page.Lang);
        var body = await layouts[layout].RenderAsync(context, Encoder).ConfigureAwait(false);
        context.SetValue("content", body);
        return await layouts[BaseLayout].RenderAsync(context, Encoder).ConfigureAwait(false);
    }
}
