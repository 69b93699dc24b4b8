namespace Transparency.Checks.Criteria;

/// <summary>One version of the OIT checklist: indicators, their sub-indicator groups and the items in each.</summary>
public sealed class CriteriaSet
{
    public string Version { get; set; } = string.Empty;

    public LocalizedText Title { get; set; } = new();

    public List<Indicator> Indicators { get; set; } = [];

    public IEnumerable<OitItem> Items => Indicators.SelectMany(i => i.Groups).SelectMany(g => g.Items);
}

/// <summary>An indicator of the assessment, such as 9 (disclosure) or 10 (corruption prevention).</summary>
public sealed class Indicator
{
    public string Code { get; set; } = string.Empty;

    public LocalizedText Title { get; set; } = new();

    public List<SubIndicator> Groups { get; set; } = [];

    /// <summary><c>groups</c>: the mean of its sub-indicator means (indicator 9); <c>items</c>: the mean of its items (indicator 10).</summary>
    public string Scoring { get; set; } = "groups";
}

/// <summary>A sub-indicator, such as 9.3 (budget management), whose items score together.</summary>
public sealed class SubIndicator
{
    public string Code { get; set; } = string.Empty;

    public LocalizedText Title { get; set; } = new();

    public List<OitItem> Items { get; set; } = [];
}

/// <summary>One item of the checklist, such as O23, and the time rule its content must meet.</summary>
public sealed class OitItem
{
    public string Code { get; set; } = string.Empty;

    public LocalizedText Title { get; set; } = new();

    /// <summary>The name of the time rule, such as <c>previous_fiscal_year</c>.</summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>Days allowed after a period's requirement begins before its content is due; the rule's default when absent.</summary>
    public int? DueDays { get; set; }

    /// <summary>What the published page must show; each element is found when any of its ways to find it succeeds.</summary>
    public List<ElementSpec> Elements { get; set; } = [];

    /// <summary>Another item this one must agree with, such as a report with its plan.</summary>
    public ConsistencySpec? Consistency { get; set; }

    /// <summary>Items whose channels this item's online channel must differ from, such as O30 from the general channel.</summary>
    public List<string> SeparateFrom { get; set; } = [];

    /// <summary>What staff do when the item has no page at all.</summary>
    public LocalizedText Fix { get; set; } = new();
}
