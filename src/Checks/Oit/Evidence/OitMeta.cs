namespace Transparency.Checks.Oit.Evidence;

/// <summary>
/// The names a rendered page uses to tell the checks what it publishes (docs/oit-checks.md). Dates are ISO 8601 in the
/// Common Era; the fiscal year is its Buddhist Era name.
/// </summary>
internal static class OitMeta
{
    /// <summary>Space-separated item codes: <c>&lt;meta name="oit:items" content="O10 O11"&gt;</c>.</summary>
    public const string Items = "oit:items";

    public const string FiscalYear = "oit:fiscal-year";

    /// <summary>The period the content covers, as an interval: <c>2026-10-01/2026-10-31</c>.</summary>
    public const string Period = "oit:period";

    public const string Published = "oit:published";

    public const string Modified = "oit:modified";

    public const string Unit = "oit:unit";

    /// <summary>Marks the ITA menu page; its content is the criteria version it lists.</summary>
    public const string Menu = "oit:menu";

    /// <summary>An element inside the page that covers its own period, such as one month of a yearly page.</summary>
    public const string PartAttribute = "data-oit-period";
}
