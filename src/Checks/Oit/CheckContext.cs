using Transparency.Checks.Criteria;
using Transparency.Checks.Oit.Evidence;

namespace Transparency.Checks.Oit;

/// <summary>What every rule and element check may consult: the evidence found, the as-of date and the language read.</summary>
internal sealed class CheckContext(EvidenceIndex index, CriteriaSet criteria, DateOnly asOf, string language, Uri? siteUrl)
{
    public EvidenceIndex Index { get; } = index;

    public CriteriaSet Criteria { get; } = criteria;

    public DateOnly AsOf { get; } = asOf;

    public string Language { get; } = language;

    /// <summary>The address an assessor enters in ITAS for a page: absolute on the site's own host when known.</summary>
    public string ItasUrl(EvidencePage page) => siteUrl is null ? page.Url : new Uri(siteUrl, page.Url).ToString();
}
