using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.People;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class PeoplePagesTests : SiteTest
{
    private const string Headcount = """
        ส่วนราชการ,ส่วนราชการ (ภาษาอังกฤษ),ประเภทบุคลากร,กรอบอัตรากำลัง,มีผู้ครองตำแหน่ง
        กองคลัง,Finance Division,พนักงานเทศบาล,7,6
        กองคลัง,Finance Division,พนักงานจ้างตามภารกิจ,3,3
        หน่วยตรวจสอบภายใน,,พนักงานเทศบาล,1,1
        """;

    private const string ActionsHeader = "ลำดับ,วันที่,ประเภท,การดำเนินการ,การดำเนินการ (ภาษาอังกฤษ),ข้อนโยบาย,ส่วนราชการ,ผู้เข้าร่วม (คน),ผลการดำเนินงาน,ค่าใช้จ่าย (บาท)";

    public PeoplePagesTests() => Site
        .Write(StructureUnits.File, StructureUnits.Csv)
        .Write("data/people/headcount/2570.csv", Headcount)
        .Write("data/people/actions/2570.csv", $"{ActionsHeader}\n1,12 พ.ย. 2569,อบรม,อบรมระบบสารบรรณ,In-house records training,\"2.1, 2.2\",สำนักปลัดเทศบาล,36,ผ่านการอบรม,\n2,18 พ.ย. 2569,อบรม,อบรม e-LAAS,,2.1,กองคลัง,2,,\"9,960\"\n")
        .Write("data/people/actions/2569.csv", $"{ActionsHeader}\n1,16 ธ.ค. 2568,สวัสดิการ,ตรวจสุขภาพประจำปี,Annual health check,4.2,สำนักปลัดเทศบาล,76,,\n");

    [Fact]
    public async Task HeadcountShowsPositionsPeopleInPostAndVacancies()
    {
        await Site.BuildAsync();

        var page = Site.Html("/th/people/2570/headcount/");
        Assert.Equal(["11", "10", "1"], page.QuerySelectorAll(".key-figures dd").Select(d => d.TextContent));
        Assert.Equal(["พนักงานเทศบาล", "8", "7", "1"], page.GetElementById("headcount-by-type")!.QuerySelectorAll("tbody tr:first-child th, tbody tr:first-child td").Select(c => c.TextContent));
        Assert.Equal(["กองคลัง – พนักงานเทศบาล"], page.GetElementById("headcount-vacancies")!.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Contains("พนักงานเทศบาล: กรอบอัตรากำลัง 8, มีผู้ครองตำแหน่ง 7", page.QuerySelector("svg.chart desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishHeadcountNamesUnitsInEnglishWhereGivenAndMarksThaiOnes()
    {
        await Site.BuildAsync();

        var rows = Site.Html("/en/people/2570/headcount/").GetElementById("headcount-by-unit")!.QuerySelectorAll("tbody th");
        Assert.Equal(("Finance Division", null), (rows[0].TextContent, rows[0].GetAttribute("lang")));
        Assert.Equal(("หน่วยตรวจสอบภายใน", "th"), (rows[1].TextContent, rows[1].GetAttribute("lang")));
    }

    [Fact]
    public async Task EachActionNamesThePolicyItemsItCarriesOutAndLinksThePolicy()
    {
        Site.Page("people/hr-policy.th.md", "นโยบายการบริหารทรัพยากรบุคคล");
        await Site.BuildAsync();

        var page = Site.Html("/en/people/2570/actions/");
        var first = page.QuerySelector(".action")!;
        Assert.Equal("In-house records training", first.QuerySelector(".action-title")!.TextContent);
        Assert.Equal(("2.1, 2.2", "/en/people/hr-policy/"), (first.QuerySelector("a")!.TextContent, first.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("th", page.QuerySelectorAll(".action-title")[1].GetAttribute("lang"));
        Assert.Equal(["Training and development", "2", "38", "9,960"], page.GetElementById("actions-by-kind")!.QuerySelectorAll("tbody tr:first-child th, tbody tr:first-child td").Select(c => c.TextContent));
        Assert.Equal(["O26"], page.QuerySelectorAll(".page-meta .oit-code").Select(a => a.TextContent));
    }

    [Fact]
    public async Task WithoutAPolicyPageTheItemsAreNotLinks()
    {
        await Site.BuildAsync();

        Assert.Empty(Site.Html("/th/people/2570/actions/").QuerySelectorAll(".action a"));
    }

    [Fact]
    public async Task AnnualReportIsMadeOnceTheNextYearHasBegunAndJoinsTheStaffText()
    {
        Site.Page("people/2569/report.th.md", "รายงานผลการบริหารทรัพยากรบุคคล 2569", "## ปัญหาและอุปสรรค\n\nการโอนย้ายบ่อย");
        await Site.BuildAsync();

        Assert.False(Site.Exists("/th/people/2570/report/"));
        var page = Site.Html("/th/people/2569/report/");
        Assert.Contains("การโอนย้ายบ่อย", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["สวัสดิการและขวัญกำลังใจ", "1", "76", "–"], page.GetElementById("actions-by-kind")!.QuerySelectorAll("tbody tr:first-child th, tbody tr:first-child td").Select(c => c.TextContent));
        Assert.Equal(["O28"], page.QuerySelectorAll(".page-meta .oit-code").Select(a => a.TextContent));
        Assert.Equal(["/th/people/2569/actions/"], page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task DownloadedCsvReadsBackIntoTheSameRecords()
    {
        await Site.BuildAsync();
        var errors = new List<InputError>();

        var input = Datasets.ReadAll(Site.Input, errors);
        var output = Datasets.ReadAll(Site.Output, errors);

        Assert.Empty(errors);
        Assert.Equal(Staff(input), Staff(output));
        Assert.Equal(Actions(input), Actions(output));
        Assert.Equal(3, Actions(input).Count);
    }

    private static List<object> Staff(Generator.Model.Data.DataStore data) => data.Of<HeadcountRow>(HeadcountRow.Dataset).SelectMany(f => f.Rows)
        .Select(r => (object)(r.Unit, r.UnitEnglish, r.StaffType, r.Positions, r.Filled)).ToList();

    private static List<object> Actions(Generator.Model.Data.DataStore data) => data.Of<HrActionRow>(HrActionRow.Dataset).SelectMany(f => f.Rows)
        .Select(r => (object)(r.Number, r.Date, r.Kind, r.Title, r.TitleEnglish, r.Policy, r.Unit, r.Participants, r.Result, r.Cost)).ToList();
}
