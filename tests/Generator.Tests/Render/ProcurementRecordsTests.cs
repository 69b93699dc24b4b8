using System.Globalization;
using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class ProcurementRecordsTests : SiteTest
{
    private const string Units = """
        รหัสหน่วยงาน,ชื่อหน่วยงาน,ชื่อหน่วยงาน (ภาษาอังกฤษ),สังกัด,ฝ่าย,ตำแหน่งหัวหน้า,ตำแหน่งหัวหน้า (ภาษาอังกฤษ),จำนวนบุคลากร
        works,กองช่าง,Public Works Division,,ฝ่ายประจำ,ผู้อำนวยการกองช่าง,Director,14
        """;

    private const string PlanHeader = "ลำดับ,รายการ/โครงการ,รายการ/โครงการ (ภาษาอังกฤษ),วงเงินงบประมาณ,แผนงาน,งบ,วิธีจัดซื้อจัดจ้าง,เดือนที่คาดว่าจะประกาศ,หน่วยงานเจ้าของงบประมาณ,เลขที่สัญญา";
    private const string RoadItem = "1,ถนนคอนกรีต หมู่ที่ 6,Concrete road,\"2,485,000\",แผนงานอุตสาหกรรมและการโยธา,งบลงทุน,ประกาศเชิญชวนทั่วไป,ต.ค. 2569,กองช่าง,ส.3/2570";
    private const string DrainItem = "2,รางระบายน้ำ หมู่ที่ 4,,\"495,000\",แผนงานอุตสาหกรรมและการโยธา,งบลงทุน,เฉพาะเจาะจง,๐๑/๒๕๗๐,กองช่าง,";

    private const string MonthHeader = "ลำดับ,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง";

    private const string AnnouncementHeader = "ลำดับ,วันที่ประกาศ,ประเภทประกาศ,เรื่อง,เรื่อง (ภาษาอังกฤษ),วิธีจัดซื้อจัดจ้าง,จำนวนเงิน,ผล / สถานะ,เอกสาร";

    public ProcurementRecordsTests() => Site
        .Write("data/structure/units.csv", Units)
        .Write("data/procurement/monthly/2569-10.csv", $"{MonthHeader}\n1,ถนนคอนกรีต หมู่ที่ 6,\"2,485,000\",\"2,478,600\",ประกาศเชิญชวนทั่วไป,\"หจก. ทรัพย์ทวี 2,198,000; บริษัท พฤกษา 2,236,500\",\"หจก. ทรัพย์ทวี 2,198,000\",ราคาต่ำสุด,ส.3/2570 29 ต.ค. 2569\n");

    [Fact]
    public async Task PlanPageListsItemsWithTotalsByMethodAndMonth()
    {
        Site.Write("data/procurement/plan/2570.csv", $"{PlanHeader}\n{RoadItem}\n{DrainItem}\n");
        await Site.BuildAsync();

        var page = Site.Html("/en/procurement/2570/plan/");
        var byMethod = page.QuerySelectorAll("#by-method + div tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Open invitation", byMethod[0], StringComparison.Ordinal);
        Assert.Contains("2,485,000.00", byMethod[0], StringComparison.Ordinal);
        Assert.Contains("83.39", byMethod[0], StringComparison.Ordinal);
        var items = page.QuerySelectorAll(".wide-table tbody tr");
        Assert.Equal("Concrete road", items[0].Children[1].TextContent);
        Assert.Equal("Public Works Division", items[0].Children[6].TextContent);
        Assert.Equal("January 2027", items[1].Children[5].TextContent);
        Assert.Equal("th", items[1].Children[1].GetAttribute("lang"));
    }

    [Fact]
    public async Task AnnouncementsAreListedNewestFirstWithTheirDocuments()
    {
        Site.Write("documents/2570/plan.pdf", "%PDF-1.4")
            .Write("documents/2570/plan.yaml", "title: { th: แผน, en: Plan }\ndate: 2569-09-18\n")
            .Write("data/procurement/announcements/2570.csv", $"{AnnouncementHeader}\n1,18 ก.ย. 2569,ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง,แผนการจัดซื้อจัดจ้าง 2570,Plan 2570,,\"13,220,000\",,documents/2570/plan.pdf\n2,20 ต.ค. 2569,ประกาศผู้ชนะ,ถนนคอนกรีต หมู่ที่ 6,Concrete road,ประกาศเชิญชวนทั่วไป,\"2,198,000\",หจก. ทรัพย์ทวี,\n");
        await Site.BuildAsync();

        var rows = Site.Html("/th/procurement/2570/announcements/").QuerySelectorAll(".wide-table tbody tr");
        Assert.Equal(["kind-winner", "kind-plan"], rows.Select(r => r.ClassName));
        Assert.Equal("2026-10-20", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/documents/2570/plan.pdf", rows[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnnualReportCountsByMethodAndComparesWithThePlan()
    {
        Site.Write("data/procurement/plan/2570.csv", $"{PlanHeader}\n{RoadItem}\n{DrainItem}\n");
        foreach (var month in new[] { "2569-11", "2569-12", "2570-01", "2570-02", "2570-03", "2570-04", "2570-05", "2570-06", "2570-07", "2570-08", "2570-09" })
        {
            var date = $"1/{month[5..]}/{month[..4]}";
            Site.Write($"data/procurement/monthly/{month}.csv", $"{MonthHeader}\n1,วัสดุสำนักงาน,\"1,000\",\"1,000\",เฉพาะเจาะจง,ร้านพฤกษา 900,ร้านพฤกษา 900,ผู้ขายโดยตรง,ซ.{month[5..]}/2570 {date}\n");
        }

        await Site.BuildAsync();

        var page = Site.Html("/th/procurement/2570/report/");
        var overview = page.QuerySelector(".facts")!.TextContent;
        Assert.Contains("2,496,000.00", overview, StringComparison.Ordinal);
        Assert.Contains("2,207,900.00", overview, StringComparison.Ordinal);
        var methods = page.QuerySelectorAll("#by-method + div tbody tr").Select(r => r.QuerySelector("th")!.TextContent + " " + r.Children[1].TextContent).ToList();
        Assert.Equal(["เฉพาะเจาะจง 11", "ประกาศเชิญชวนทั่วไป 1"], methods);
        var plan = page.QuerySelectorAll("#against-plan ~ div tbody tr").Select(r => r.Children[4].TextContent).ToList();
        Assert.StartsWith("ส.3/2570", plan[0], StringComparison.Ordinal);
        Assert.Equal("ไม่ได้ดำเนินการ", plan[1]);
    }

    [Fact]
    public async Task NoReportBeforeTheYearsTwelveMonthsArePublished()
    {
        await Site.BuildAsync();

        Assert.False(Site.Exists("/th/procurement/2570/report/"));
        Assert.True(Site.Exists("/th/procurement/2570/"));
    }

    [Theory]
    [InlineData("3,ขุดลอก,,\"420,000\",แผนงานการเกษตร,งบลงทุน,เฉพาะเจาะจง,ต.ค. 2570,กองช่าง,", 8, "outside Fiscal year 2570", "ไม่อยู่ในปีงบประมาณ พ.ศ. 2570")]
    [InlineData("3,ขุดลอก,,\"420,000\",แผนงานการเกษตร,งบลงทุน,เฉพาะเจาะจง,ก.พ. 2570,กองคลัง,", 9, "'กองคลัง' is not a 'Unit name (Thai)'", "ไม่พบ 'กองคลัง'")]
    [InlineData("3,ขุดลอก,,\"420,000\",แผนงานการเกษตร,งบกลางปี,เฉพาะเจาะจง,ก.พ. 2570,กองช่าง,", 6, "is not one of the values of 'Budget category'", "ไม่ใช่ค่าที่ใช้ได้")]
    [InlineData("3,ขุดลอก,,\"420,000\",แผนงานการเกษตร,งบลงทุน,เฉพาะเจาะจง,เดือนหน้า,กองช่าง,", 8, "is not a month", "ไม่ใช่เดือน")]
    [InlineData("3,ขุดลอก,,\"420,000\",แผนงานการเกษตร,งบลงทุน,เฉพาะเจาะจง,ก.พ. 2570,กองช่าง,ส.9/2570", 10, "The contract ส.9/2570 is in no monthly procurement summary", "ไม่พบสัญญาเลขที่ ส.9/2570")]
    [InlineData("1,ขุดลอก,,\"420,000\",แผนงานการเกษตร,งบลงทุน,เฉพาะเจาะจง,ก.พ. 2570,กองช่าง,", 1, "is used again (first on line 2)", "ซ้ำกับบรรทัดที่ 2")]
    public async Task BadPlanItemIsReportedAtItsLineAndColumnInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write("data/procurement/plan/2570.csv", $"{PlanHeader}\n{RoadItem}\n{DrainItem}\n{row}\n");

        await Site.FailsOnceAtAsync("data/procurement/plan/2570.csv", 4, column, english, thai);
    }

    [Fact]
    public async Task AnnouncementNamingAMissingDocumentIsReported()
    {
        Site.Write("data/procurement/announcements/2570.csv", $"{AnnouncementHeader}\n1,18 ก.ย. 2569,ประกาศยกเลิก,ถนน,,,,,documents/2570/missing.pdf\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Contains("documents/2570/missing.pdf is not in input/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadedPlanReadsBackIntoTheSameRecords()
    {
        Site.Write("data/procurement/plan/2570.csv", $"{PlanHeader}\n{RoadItem}\n{DrainItem}\n");
        await Site.BuildAsync();
        var errors = new List<InputError>();

        var original = Datasets.ReadAll(Site.Input, errors).Of<PlanRow>(PlanRow.Dataset).Single().Rows;
        var downloaded = Datasets.ReadAll(Site.Output, errors).Of<PlanRow>(PlanRow.Dataset).Single().Rows;

        Assert.Empty(errors);
        Assert.Equal(original.Select(Fields), downloaded.Select(Fields));
    }

    private static string Fields(PlanRow row) => string.Join('|', row.Number, row.Item, row.ItemEnglish, row.Budget.ToString("0.00", CultureInfo.InvariantCulture), row.Programme, row.Category, row.Method, row.Month, row.Unit, row.Contract);
}
