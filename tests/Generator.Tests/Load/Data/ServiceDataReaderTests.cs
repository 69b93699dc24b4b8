using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Services;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class ServiceDataReaderTests : SiteTest
{
    private const string Statistics = "data/services/statistics/2570.csv";
    private const string StatisticsHeader = "เดือน,งานบริการ,จำนวน (ราย)";
    private const string Satisfaction = "data/services/satisfaction/2569.csv";
    private const string SatisfactionHeader = "งานบริการที่ประเมิน,งานบริการที่ประเมิน (ภาษาอังกฤษ),ประเด็นที่ประเมิน,ร้อยละความพึงพอใจ,จำนวนผู้ตอบ (คน)";

    [Fact]
    public void ReadsServiceCountsWithThaiDigitsAndEnglishHeadings()
    {
        Site.Write(Statistics, "Cases,Month,Service\n\"1,214\",ต.ค. 2569,ชำระภาษีที่ดินและสิ่งปลูกสร้าง\n๒๗,๑๑/๒๕๖๙,Street-light repair requests\n");

        var errors = new List<InputError>();
        var file = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<ServiceCountRow>(ServiceCountRow.Dataset));

        Assert.Empty(errors);
        Assert.Equal(
            [(new DateOnly(2026, 10, 1), "land-tax", 1214), (new DateOnly(2026, 11, 1), "street-lights", 27)],
            file.Rows.Select(r => (r.Month, r.Service, r.Count)));
    }

    [Theory]
    [InlineData("ต.ค. 2569,ภาษีบำรุงท้องที่,3", 2, "is not one of the values of 'Service'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'งานบริการ'")]
    [InlineData("ต.ค. 2570,คำร้องทั่วไป,3", 1, "outside Fiscal year 2570", "ไม่อยู่ในปีงบประมาณ พ.ศ. 2570")]
    [InlineData("ต.ค. 2569,คำร้องทั่วไป,2.5", 3, "is not a whole number", "ไม่ใช่จำนวนเต็ม")]
    [InlineData("ต.ค. 2569,คำร้องทั่วไป,", 3, "The cell is empty", "ช่องนี้ว่าง")]
    [InlineData("ต.ค. 2569,ชำระภาษีที่ดินและสิ่งปลูกสร้าง,3", 1, "are the same as on line 2", "ซ้ำกับบรรทัดที่ 2")]
    public async Task BadServiceCountIsReportedInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(Statistics, $"{StatisticsHeader}\nต.ค. 2569,ชำระภาษีที่ดินและสิ่งปลูกสร้าง,14\n{row}\n");

        await Site.FailsOnceAtAsync(Statistics, 3, column, english, thai);
    }

    [Theory]
    [InlineData("งานภาษี,,สิ่งอำนวยความสะดวก,104,100", 4, "is not a percentage from 0 to 100", "ไม่ใช่ร้อยละ")]
    [InlineData("งานภาษี,,ความสะอาด,88,100", 3, "is not one of the values of 'Aspect'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'ประเด็นที่ประเมิน'")]
    [InlineData("งานภาษี,,เจ้าหน้าที่ผู้ให้บริการ,90,100", 1, "are the same as on line 2", "ซ้ำกับบรรทัดที่ 2")]
    public async Task BadSurveyResultIsReportedInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(Satisfaction, $"{SatisfactionHeader}\nงานภาษี,Tax,เจ้าหน้าที่ผู้ให้บริการ,93.2%,100\n{row}\n");

        await Site.FailsOnceAtAsync(Satisfaction, 3, column, english, thai);
    }
}
