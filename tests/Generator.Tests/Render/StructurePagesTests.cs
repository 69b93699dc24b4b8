using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class StructurePagesTests : SiteTest
{
    private const string Units = """
        รหัสหน่วยงาน,ชื่อหน่วยงาน,ชื่อหน่วยงาน (ภาษาอังกฤษ),สังกัด,ฝ่าย,ตำแหน่งหัวหน้า,ตำแหน่งหัวหน้า (ภาษาอังกฤษ),จำนวนบุคลากร
        executive,คณะผู้บริหาร,Executive team,,ฝ่ายการเมือง,นายกเทศมนตรี,Mayor,0
        clerk,ปลัดเทศบาล,Municipal Clerk,,ฝ่ายประจำ,ปลัดเทศบาล,Municipal Clerk,2
        finance,กองคลัง,Finance Division,clerk,ฝ่ายประจำ,ผู้อำนวยการกองคลัง,Director of Finance,๑๐
        finance-tax,งานจัดเก็บรายได้,Revenue,finance,ฝ่ายประจำ,,,3
        """;

    private const string Header = "หน่วยงาน,ตำแหน่ง,ตำแหน่ง (ภาษาอังกฤษ),ชื่อ-สกุล,ชื่อ-สกุล (ภาษาอังกฤษ),ผู้บริหาร,รูปถ่าย,โทรศัพท์,อีเมล";
    private const string Mayor = "executive,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai Jaidee,ใช่,assets/mayor.svg,0 3739 1234 ต่อ 101,mayor@example.go.th";
    private const string VacantFinance = "finance,ผู้อำนวยการกองคลัง,Director of Finance,,,ใช่,,,";

    public StructurePagesTests() => Site
        .Write("data/structure/units.csv", Units)
        .Write("assets/mayor.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    [Fact]
    public async Task ChartIsANestedListOfBothArmsWithHeadsAndStaffBelowEachUnit()
    {
        Site.Write("data/structure/positions.csv", $"{Header}\n{Mayor}\n{VacantFinance}\n");
        await Site.BuildAsync();

        var page = Site.Html("/th/structure/");
        Assert.Equal(["ฝ่ายการเมือง", "ฝ่ายประจำ"], page.QuerySelectorAll("article h2[id^=arm]").Select(h => h.TextContent));
        var finance = page.GetElementById("unit-finance")!;
        Assert.Equal("clerk", finance.ParentElement!.Closest("li")!.Id!["unit-".Length..]);
        Assert.Contains("ตำแหน่งว่าง", finance.QuerySelector(".org-head")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("13", finance.QuerySelector(".org-staff")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("15", page.GetElementById("unit-clerk")!.QuerySelector(".org-staff")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("นายสมชาย ใจดี", page.GetElementById("unit-executive")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutivesShowPhotoPositionAndContactsAndVacantPostsAsVacant()
    {
        Site.Write("data/structure/positions.csv", $"{Header}\n{Mayor}\n{VacantFinance}\n");
        await Site.BuildAsync();

        var people = Site.Html("/en/structure/executives/").QuerySelectorAll(".executives-table tbody tr");
        Assert.Equal(2, people.Length);
        Assert.Equal("Mr Somchai Jaidee", people[0].QuerySelector("th")!.TextContent);
        Assert.Equal("/assets/mayor.svg", people[0].QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("tel:037391234", people[0].QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("ext. 101", people[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("mailto:mayor@example.go.th", people[0].QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("Vacant", people[1].QuerySelector("th")!.TextContent.Trim());
        Assert.Null(people[1].QuerySelector("img"));
    }

    [Fact]
    public async Task EachPartOfANameKeepsTogetherBecauseThaiLineBreakingDoesNotKnowNames()
    {
        Site.Write("data/structure/positions.csv", $"{Header}\n{Mayor}\n");
        await Site.BuildAsync();

        var executives = Site.Html("/th/structure/executives/").QuerySelector(".executives-table tbody th")!;
        Assert.Equal(["นายสมชาย", "ใจดี"], executives.QuerySelectorAll(".name-part").Select(p => p.TextContent));
        Assert.Equal("นายสมชาย ใจดี", executives.TextContent);
        var chart = Site.Html("/th/structure/").GetElementById("unit-executive")!;
        Assert.Equal(["นายสมชาย", "ใจดี"], chart.QuerySelectorAll(".name-part").Select(p => p.TextContent));
        Assert.Contains(".name-part{white-space:nowrap}", Site.Read("assets/css/site.css"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kitchen,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai,ใช่,assets/mayor.svg,0 3739 1234,", 1, "'kitchen' is not a 'Unit code'", "ไม่พบ 'kitchen'")]
    [InlineData("executive,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai,ใช่,,0 3739 1234,", 7, "has no photograph", "ไม่มีรูปถ่าย")]
    [InlineData("executive,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai,ใช่,assets/nobody.jpg,0 3739 1234,", 7, "is not in input/", "ไม่พบไฟล์ assets/nobody.jpg")]
    [InlineData("executive,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai,ใช่,assets/mayor.svg,,", 8, "neither telephone nor e-mail", "ไม่มีทั้งโทรศัพท์และอีเมล")]
    [InlineData("executive,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai,ใช่,assets/mayor.svg,โทรหาได้,", 8, "is not a telephone number", "ไม่ใช่หมายเลขโทรศัพท์")]
    [InlineData("executive,นายกเทศมนตรี,Mayor,นายสมชาย ใจดี,Mr Somchai,บางที,assets/mayor.svg,0 3739 1234,", 6, "is not one of the values of 'Executive'", "ไม่ใช่ค่าที่ใช้ได้")]
    public async Task BadPositionIsReportedAtItsLineAndColumn(string row, int column, string english, string thai)
    {
        Site.Write("data/structure/positions.csv", $"{Header}\n{Mayor}\n{row}\n");

        await Site.FailsOnceAtAsync("data/structure/positions.csv", 3, column, english, thai);
    }

    [Fact]
    public async Task UnitReportingToAnUnknownUnitIsNamedWithItsLine()
    {
        Site.Write("data/structure/units.csv", Units + "\naudit,หน่วยตรวจสอบภายใน,Internal Audit,palad,ฝ่ายประจำ,,,1\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(("input/data/structure/units.csv", 6, 4), (error.File, error.Line, error.Column));
        Assert.Contains("'palad'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateUnitCodeNamesTheFirstLine()
    {
        Site.Write("data/structure/units.csv", Units + "\nfinance,กองคลังซ้ำ,Finance again,clerk,ฝ่ายประจำ,,,1\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal((6, 1), (error.Line, error.Column));
        Assert.Contains("first on line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("ซ้ำกับบรรทัดที่ 4", error.ThaiMessage, StringComparison.Ordinal);
    }
}
