using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Complaints;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class ComplaintReaderTests : SiteTest
{
    private const string File = "data/complaints/2570.csv";
    private const string Header = "เดือน,ประเภทเรื่องร้องเรียน,ช่องทาง,ลักษณะเรื่อง,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ";
    private const string GoodRow = "ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ถนนและทางระบายน้ำ,2,1,1";

    [Fact]
    public void ReadsMonthsTypesAndCountsInThaiDigitsAndEnglishNames()
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n๑๑/๒๕๖๙,Corruption and misconduct,Online form,Failure to act or unfair treatment,๑,๐,๑\n2569-12,ทุจริต,,,0,0,0\n");

        var errors = new List<InputError>();
        var file = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<ComplaintRow>(ComplaintRow.Dataset));

        Assert.Empty(errors);
        Assert.Equal(
            [(new DateOnly(2026, 10, 1), "general", "telephone", "roads-drains", 2, 1, 1), (new DateOnly(2026, 11, 1), "corruption", "online-form", "failure-to-act", 1, 0, 1), (new DateOnly(2026, 12, 1), "corruption", "", "", 0, 0, 0)],
            file.Rows.Select(r => (r.Month, r.Type, r.Channel, r.Category, r.Received, r.Completed, r.InProgress)));
    }

    [Theory]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ถนนชำรุด,1,1,0", 4, "is not one of the values of 'Category'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'ลักษณะเรื่อง'")]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,สอง,1,1", 5, "is not a whole number", "ไม่ใช่จำนวนเต็ม")]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,-1,0,0", 5, "is negative", "ติดลบ")]
    [InlineData("32/2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,1,1,0", 1, "is not a month", "ไม่ใช่เดือน")]
    [InlineData("ต.ค. 2570,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,1,1,0", 1, "outside Fiscal year 2570", "ไม่อยู่ในปีงบประมาณ พ.ศ. 2570")]
    [InlineData("ต.ค. 2569,,โทรศัพท์,ขยะและความสะอาด,1,1,0", 2, "The cell is empty", "ช่องนี้ว่าง")]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,1,1", 1, "6 cells; the heading row has 7", "6 ช่อง")]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,3,1,1", 6, "but 3 were received", "แต่ได้รับ 3 เรื่อง")]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,,ขยะและความสะอาด,1,1,0", 3, "'Channel' is empty on a row that counts 1 complaints", "คอลัมน์ 'ช่องทาง' ว่าง")]
    [InlineData("ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ถนนและทางระบายน้ำ,1,1,0", 1, "are the same as on line 2", "ซ้ำกับบรรทัดที่ 2")]
    public async Task BadRowIsReportedAtItsLineAndColumnInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n{row}\n");

        await Site.FailsOnceAtAsync(File, 3, column, english, thai);
    }

    [Fact]
    public async Task EveryMistakeOfTheBuildIsReportedTogether()
    {
        Site.Write(File, $"{Header}\nต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะ,1,1,0\nพ.ย. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,2,0,0\n")
            .Write("data/services/statistics/2570.csv", "เดือน,งานบริการ,จำนวน (ราย)\nก.ย. 2569,คำร้องทั่วไป,4\n");

        var errors = await Site.BuildFailingAsync();

        Assert.Equal(["input/data/complaints/2570.csv:2", "input/data/complaints/2570.csv:3", "input/data/services/statistics/2570.csv:2"], errors.Select(e => $"{e.File}:{e.Line}").Order(StringComparer.Ordinal));
    }
}
