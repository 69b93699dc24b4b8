namespace Transparency.Checks.Weight;

/// <summary>What one page costs to download, compressed: its HTML, its stylesheets and scripts, and the fonts they pull in.</summary>
public sealed record PageWeight(string Page, long Html, long Styles, long Scripts, long Fonts)
{
    /// <summary>Everything but fonts, which are cached once for the whole site.</summary>
    public long WithoutFonts => Html + Styles + Scripts;
}

/// <summary>The weight of every page, and the pages over the budget.</summary>
public sealed record WeightReport(IReadOnlyList<PageWeight> Pages, WeightBudget Budget)
{
    public IReadOnlyList<PageWeight> OverBudget => Pages
        .Where(p => p.WithoutFonts > Budget.MaxCompressedBytes || p.Fonts > Budget.MaxFontBytes)
        .ToList();

    public PageWeight? Heaviest => Pages.MaxBy(p => p.WithoutFonts);

    public bool Passed => OverBudget.Count == 0;
}
