using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Budget;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class BudgetPagesTests : SiteTest
{
    private const string Header = "แผนงาน,งบรายจ่าย,งบประมาณ,เบิกจ่าย ณ 31 มีนาคม,เบิกจ่ายทั้งปี,กันเงินไว้เบิกเหลื่อมปี";

    // Two programmes and three categories: 1,000,000 budget; 400,000 by March; 900,000 in the year with 50,000 carried over.
    private const string Year2569 = $"""
        {Header}
        แผนงานการศึกษา,งบบุคลากร,"500,000","250,000","490,000",
        แผนงานการศึกษา,งบลงทุน,"300,000","50,000","200,000","50,000"
        แผนงานงบกลาง,งบกลาง,"200,000","100,000","210,000",
        """;

    private const string Year2570 = $"""
        {Header}
        แผนงานการศึกษา,งบบุคลากร,"520,000",,,
        แผนงานงบกลาง,งบกลาง,"230,000",,,
        """;

    public BudgetPagesTests() => Site
        .Write("data/budget/2569.csv", Year2569.Replace("\"210,000\"", "\"160,000\"", StringComparison.Ordinal))
        .Write("data/budget/2570.csv", Year2570);

    [Fact]
    public async Task EachReportIsPublishedOnceItsFiguresAreFilledIn()
    {
        await Site.BuildAsync();

        Assert.True(Site.Exists("/th/budget/2570/plan/"));
        Assert.False(Site.Exists("/th/budget/2570/six-month/"));
        Assert.False(Site.Exists("/th/budget/2570/report/"));
        Assert.All(["/th/budget/2569/plan/", "/th/budget/2569/six-month/", "/en/budget/2569/report/", "/th/budget/2569/"], path => Assert.True(Site.Exists(path), path));
    }

    [Fact]
    public async Task PlanShowsEveryProgrammeByCategoryWithTotals()
    {
        await Site.BuildAsync();

        var page = Site.Html("/th/budget/2569/plan/");
        var table = page.GetElementById("budget-by-programme")!;
        Assert.Equal(["แผนงาน", "งบกลาง", "งบบุคลากร", "งบลงทุน", "รวมทั้งสิ้น"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["–", "500,000", "300,000", "800,000"], table.QuerySelectorAll("tbody tr:first-child td").Select(td => td.TextContent));
        Assert.Equal(["200,000", "500,000", "300,000", "1,000,000"], table.QuerySelectorAll("tfoot td").Select(td => td.TextContent));
        Assert.Equal(["O18"], page.QuerySelectorAll(".page-meta .oit-code").Select(a => a.TextContent));
    }

    [Fact]
    public async Task SixMonthReportComparesDisbursedWithTheBudgetInBothLanguages()
    {
        await Site.BuildAsync();

        var thai = Site.Html("/th/budget/2569/six-month/");
        var english = Site.Html("/en/budget/2569/six-month/");

        Assert.Equal(["1,000,000", "400,000", "40.00"], thai.QuerySelectorAll("#spending_by_category tfoot td").Select(td => td.TextContent));
        Assert.Equal(["งบประมาณ", "เบิกจ่าย ณ 31 มีนาคม", "ร้อยละของการเบิกจ่าย"], thai.QuerySelectorAll("#spending_by_category thead th").Skip(1).Select(th => th.TextContent));
        Assert.Equal(["Capital", "300,000", "50,000", "16.67"], english.QuerySelectorAll("#spending_by_category tbody tr")[2].QuerySelectorAll("th, td").Select(c => c.TextContent));
        Assert.Contains("1 October 2025 – 31 March 2026", english.QuerySelector(".key-figures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 ตุลาคม 2568 – 31 มีนาคม 2569", thai.QuerySelector(".key-figures")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartShowsTheSameNumbersAsTheTableBesideIt()
    {
        await Site.BuildAsync();

        var page = Site.Html("/en/budget/2569/report/");
        var svg = page.QuerySelector(".chart-with-table svg.chart")!;
        var table = page.QuerySelector(".chart-with-table table")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Budget against amounts disbursed in the year, by expense category", svg.QuerySelector("title")!.TextContent);
        var values = svg.QuerySelectorAll("text.chart-value").Select(t => t.TextContent).ToList();
        var cells = table.QuerySelectorAll("tbody td:nth-of-type(1), tbody td:nth-of-type(2)").Select(td => td.TextContent).ToList();
        Assert.Equal(["200,000", "160,000", "500,000", "490,000", "300,000", "200,000"], values);
        Assert.Equal(values, cells);
    }

    [Fact]
    public async Task AnnualReportShowsCarriedOverAndWhatIsLeftWithTheTextStaffWrote()
    {
        Site.Page("budget/2569/report.th.md", "รายงานผลการใช้จ่ายงบประมาณ 2569", "## ปัญหา อุปสรรค\n\nฝนตกชุกทำให้งานก่อสร้างล่าช้า")
            .Page("budget/2569/report.en.md", "Annual spending report 2569", "## Problems and obstacles\n\nHeavy rain delayed building work.");
        await Site.BuildAsync();

        var page = Site.Html("/th/budget/2569/report/");
        Assert.Equal(["1,000,000", "850,000", "85.00", "50,000", "100,000"], page.QuerySelectorAll("#spending_by_programme tfoot td").Select(td => td.TextContent));
        Assert.Equal("รายงานผลการใช้จ่ายงบประมาณ 2569", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("ฝนตกชุก", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["O20"], page.QuerySelectorAll(".page-meta .oit-code").Select(a => a.TextContent));
        Assert.Equal(["/th/budget/2569/plan/", "/th/budget/2569/six-month/"], page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ThaiDigitsReachTheChartWhenTheSiteAsksForThem()
    {
        Site.Write("site.yaml", Support.SiteFixture.SiteYaml + "\nthai_digits: true\n");
        await Site.BuildAsync();

        var values = Site.Html("/th/budget/2569/six-month/").QuerySelectorAll("text.chart-value").Select(t => t.TextContent);
        Assert.Contains("๒๕๐,๐๐๐", values);
        Assert.Contains("250,000", Site.Html("/en/budget/2569/six-month/").QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
    }

    [Fact]
    public async Task ItaMenuLinksEachReportUnderItsItem()
    {
        await Site.BuildAsync();

        var ita = Site.Html("/en/ita/");
        Assert.Equal(["/en/budget/2570/plan/", "/en/budget/2569/plan/"], ita.GetElementById("O18")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/en/budget/2569/six-month/"], ita.GetElementById("O19")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/en/budget/2569/report/"], ita.GetElementById("O20")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task DownloadedCsvReadsBackIntoTheSameRecords()
    {
        await Site.BuildAsync();
        var errors = new List<InputError>();

        var original = Datasets.ReadAll(Site.Input, errors).Of<BudgetRow>(BudgetRow.Dataset).SelectMany(f => f.Rows).Select(Fields).ToList();
        var downloaded = Datasets.ReadAll(Site.Output, errors).Of<BudgetRow>(BudgetRow.Dataset).SelectMany(f => f.Rows).Select(Fields).ToList();

        Assert.Empty(errors);
        Assert.Equal(5, original.Count);
        Assert.Equal(original, downloaded);
    }

    private static object Fields(BudgetRow r) => (r.Programme, r.Category, r.Allocated, r.DisbursedHalf, r.DisbursedYear, r.CarriedOver);
}
