using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.People;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class PeopleReaderTests : SiteTest
{
    private const string HeadcountFile = "data/people/headcount/2570.csv";
    private const string HeadcountHeader = "ส่วนราชการ,ประเภทบุคลากร,กรอบอัตรากำลัง,มีผู้ครองตำแหน่ง";
    private const string ActionsFile = "data/people/actions/2570.csv";
    private const string ActionsHeader = "ลำดับ,วันที่,ประเภท,การดำเนินการ,ข้อนโยบาย,ส่วนราชการ,ผู้เข้าร่วม (คน),ค่าใช้จ่าย (บาท)";
    private const string GoodAction = "1,12 พ.ย. 2569,อบรม,อบรมระบบสารบรรณอิเล็กทรอนิกส์,\"2.1, 2.2\",สำนักปลัดเทศบาล,36,";

    public PeopleReaderTests() => Site.Write(StructureUnits.File, StructureUnits.Csv);

    [Fact]
    public void ReadsHeadcountWithAliasesAndThaiDigits()
    {
        Site.Write(HeadcountFile, $"{HeadcountHeader}\nกองคลัง,ข้าราชการ,๗,๖\nกองคลัง,พนักงานจ้าง,1,1\n");

        var errors = new List<InputError>();
        var rows = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<HeadcountRow>(HeadcountRow.Dataset)).Rows;

        Assert.Empty(errors);
        Assert.Equal(("officer", 7, 6, 1), (rows[0].StaffType, rows[0].Positions, rows[0].Filled, rows[0].Vacant));
        Assert.Equal("general", rows[1].StaffType);
    }

    [Fact]
    public void ReadsActionsWithBuddhistEraDatesAndOptionalCells()
    {
        Site.Write(ActionsFile, $"{ActionsHeader}\n{GoodAction}\n๒,๑๘/๑๑/๒๕๖๙,การพัฒนาบุคลากร,อบรม e-LAAS,๒.๑,กองคลัง,2,\"9,960\"\n");

        var errors = new List<InputError>();
        var rows = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<HrActionRow>(HrActionRow.Dataset)).Rows;

        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2026, 11, 12), "training", (decimal?)null), (rows[0].Date, rows[0].Kind, rows[0].Cost));
        Assert.Equal((new DateOnly(2026, 11, 18), 9960m, (int?)2), (rows[1].Date, rows[1].Cost!.Value, rows[1].Participants));
    }

    [Theory]
    [InlineData("กองคลัง,พนักงานเทศบาล,6,7", 4, "7 people fill 6 positions", "มากกว่ากรอบอัตรากำลัง")]
    [InlineData("กองคลัง,อาสาสมัคร,6,6", 2, "is not one of the values of 'Type of staff'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'ประเภทบุคลากร'")]
    [InlineData("กองช่าง,ข้าราชการ,4,4", 1, "'กองช่าง / พนักงานเทศบาล' in 'Unit' and 'Type of staff' is used again (first on line 2)", "ซ้ำกับบรรทัดที่ 2")]
    [InlineData("กองคลัง,พนักงานเทศบาล,หก,6", 3, "is not a whole number", "ไม่ใช่จำนวนเต็ม")]
    [InlineData("กองคลัง,พนักงานเทศบาล,6", 1, "3 cells; the heading row has 4", "3 ช่อง")]
    [InlineData("กองสวัสดิการ,พนักงานเทศบาล,2,2", 1, "'กองสวัสดิการ' is not a 'Unit name (Thai)' of ", "ไม่พบ 'กองสวัสดิการ'")]
    public async Task BadHeadcountRowIsReportedInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(HeadcountFile, $"{HeadcountHeader}\nกองช่าง,พนักงานเทศบาล,5,4\n{row}\n");

        InputErrorAssert.IsAt(Assert.Single(await Site.BuildFailingAsync()), "input/" + HeadcountFile, 3, column, english, thai);
    }

    [Theory]
    [InlineData("2,3 ต.ค. 2570,อบรม,อบรม,2.1,กองคลัง,1,", 2, "is outside Fiscal year 2570 (2026/27)", "ไม่อยู่ในปีงบประมาณ พ.ศ. 2570")]
    [InlineData("2,31/02/2570,อบรม,อบรม,2.1,กองคลัง,1,", 2, "is not a date", "ไม่ใช่วันที่")]
    [InlineData("2,3 ต.ค. 2569,อบรม,อบรม,ข้อสอง,กองคลัง,1,", 5, "does not give the numbers of policy items", "ไม่ใช่เลขข้อของนโยบาย")]
    [InlineData("2,3 ต.ค. 2569,สัมมนา,อบรม,2.1,กองคลัง,1,", 3, "is not one of the values of 'Kind'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'ประเภท'")]
    [InlineData("1,3 ต.ค. 2569,อบรม,อบรม,2.1,กองคลัง,1,", 1, "'1' in 'No.' is used again (first on line 2)", "ซ้ำกับบรรทัดที่ 2")]
    [InlineData("2,3 ต.ค. 2569,อบรม,อบรม,2.1,กองคลัง,1,-500", 8, "is negative", "ติดลบ")]
    [InlineData("2,3 ต.ค. 2569,อบรม,,2.1,กองคลัง,1,", 4, "The cell is empty", "ช่องนี้ว่าง")]
    [InlineData("2,3 ต.ค. 2569,อบรม,อบรม,2.1,กองการประปา,1,", 6, "'กองการประปา' is not a 'Unit name (Thai)' of ", "ไม่พบ 'กองการประปา'")]
    public async Task BadActionRowIsReportedInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(ActionsFile, $"{ActionsHeader}\n{GoodAction}\n{row}\n");

        InputErrorAssert.IsAt(Assert.Single(await Site.BuildFailingAsync()), "input/" + ActionsFile, 3, column, english, thai);
    }
}
