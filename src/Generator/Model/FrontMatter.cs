namespace Transparency.Generator.Model;

/// <summary>The keys a page may set in its YAML front matter; any other key is reported as a mistake.</summary>
public sealed class FrontMatter
{
    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<string> Oit { get; set; } = [];

    public int? FiscalYear { get; set; }

    /// <summary>The period the content covers when it is not one fiscal year, such as a five-year plan: "2566–2570".</summary>
    public string? Period { get; set; }

    public string? Date { get; set; }

    public string? Updated { get; set; }

    public string Unit { get; set; } = string.Empty;

    public int Order { get; set; }

    public string Layout { get; set; } = string.Empty;

    /// <summary>Pairs two files with different names as translations of each other.</summary>
    public string Translation { get; set; } = string.Empty;

    /// <summary>A copy whose empty layout, OIT codes and fiscal year are taken from <paramref name="defaults"/>.</summary>
    public FrontMatter FilledFrom(FrontMatter defaults) => new()
    {
        Title = Title,
        Description = Description,
        Oit = Oit.Count > 0 ? Oit : defaults.Oit,
        FiscalYear = FiscalYear ?? defaults.FiscalYear,
        Date = Date,
        Updated = Updated,
        Unit = Unit,
        Order = Order,
        Layout = Layout.Length > 0 ? Layout : defaults.Layout,
        Translation = Translation,
    };
}
