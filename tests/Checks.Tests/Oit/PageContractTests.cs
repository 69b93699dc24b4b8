using Transparency.Checks.Criteria;
using Transparency.Checks.Oit;
using Transparency.Checks.Tests.Support;

namespace Transparency.Checks.Tests.Oit;

/// <summary>
/// The page contract of docs/oit-checks.md on hand-written HTML, without the theme: any layout that writes the
/// <c>oit:</c> meta tags and names its elements is checked the same way.
/// </summary>
public sealed class PageContractTests : IDisposable
{
    private static readonly CriteriaSet Ita2565 = CriteriaCatalog.Load("2565")!;
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private const string NineColumns = "<tr><th>ลำดับที่</th><th>งานที่จัดซื้อหรือจัดจ้าง</th><th>วงเงินที่จะซื้อหรือจ้าง</th><th>ราคากลาง</th><th>วิธีซื้อหรือจ้าง</th><th>รายชื่อผู้เสนอราคาและราคาที่เสนอ</th><th>ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง</th><th>เหตุผลที่คัดเลือกโดยสรุป</th><th>เลขที่และวันที่ของสัญญาหรือข้อตกลง</th></tr>";

    private readonly SiteFolder site = new();

    public PageContractTests() => site
        .Page("th/index.html", "<main><a href=\"/th/ita/\">ITA</a></main>")
        .File("th/ita/index.html", Html("<meta name=\"oit:menu\" content=\"2565\">", "<a href=\"/th/procurement/2570/\">O23</a>"));

    [Fact]
    public void MonthInsideAYearlyPageIsCheckedOnItsOwn()
    {
        site.File("th/procurement/2570/index.html", Html(
            Meta("O23", "2570"),
            $"<section data-oit-period=\"2026-10-01/2026-10-31\"><h2>ตุลาคม 2569</h2><table>{NineColumns}</table></section>"));

        var item = Check("O23");

        Assert.Equal(ItemStatus.Pass, item.Status);
    }

    [Fact]
    public void MonthWithoutAColumnIsIncompleteAndNamesTheColumn()
    {
        site.File("th/procurement/2570/index.html", Html(
            Meta("O23", "2570"),
            $"<section data-oit-period=\"2026-10-01/2026-10-31\"><table>{NineColumns.Replace("<th>ราคากลาง</th>", string.Empty, StringComparison.Ordinal)}</table></section>"));

        var item = Check("O23");

        Assert.Equal(ItemStatus.Incomplete, item.Status);
        Assert.Contains("Reference price", Assert.Single(item.Problems).What.En, StringComparison.Ordinal);
    }

    [Fact]
    public void YearWithoutTheDueMonthIsStaleAndNamesTheMonth()
    {
        site.File("th/procurement/2570/index.html", Html(
            Meta("O23", "2570"),
            $"<section data-oit-period=\"2026-11-01/2026-11-30\"><table>{NineColumns}</table></section>"));

        var item = Check("O23");

        Assert.Equal(ItemStatus.Stale, item.Status);
        Assert.Contains("October 2026", Assert.Single(item.Problems).What.En, StringComparison.Ordinal);
    }

    [Fact]
    public void PageTheMenuDoesNotLinkIsMissing()
    {
        site.File("th/procurement/2570/index.html", Html(Meta("O23", "2570"), string.Empty))
            .File("th/ita/index.html", Html("<meta name=\"oit:menu\" content=\"2565\">", string.Empty));

        Assert.Equal(ItemStatus.Missing, Check("O23").Status);
    }

    public void Dispose() => site.Dispose();

    private ItemResult Check(string code) => CoverageChecker.Check(site.Built(), Ita2565, AsOf).Items.Single(i => i.Code == code);

    private static string Meta(string code, string fiscalYear) =>
        $"<meta name=\"oit:items\" content=\"{code}\"><meta name=\"oit:fiscal-year\" content=\"{fiscalYear}\">";

    private static string Html(string head, string main) =>
        $"<!DOCTYPE html><html lang=\"th\"><head><title>t</title>{head}</head><body><main>{main}</main></body></html>";
}
