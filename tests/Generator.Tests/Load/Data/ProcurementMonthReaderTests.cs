using System.Text;
using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class ProcurementMonthReaderTests : SiteTest
{
    private const string File = "data/procurement/monthly/2569-10.csv";
    private const string Header = "ลำดับ,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง";
    private const string GoodRow = "1,จัดซื้อวัสดุสำนักงาน,\"12,450 บาท\",\"12,450\",เฉพาะเจาะจง,\"ร้านพฤกษา 12,450; ร้านองครักษ์ 12,900\",\"ร้านพฤกษา 12,450\",ราคาต่ำสุด,2/2570 8 ต.ค. 2569";

    [Fact]
    public void ReadsTheNineColumnsWithThaiDigitsAndBuddhistEraDates()
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n๒,จ้างซ่อมรถ,\"๔๘,๕๐๐\",48500,คัดเลือก,\"อู่ช่าง 46,800\",\"อู่ช่าง 46,800\",เร็วที่สุด,3/2570 ๑๕/๑๐/๒๕๖๙\n");

        var rows = Read();

        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.Equal(12450m, rows[0].Budget);
        Assert.Equal([new Bid("ร้านพฤกษา", 12450m), new Bid("ร้านองครักษ์", 12900m)], rows[0].Bidders);
        Assert.Equal(new ContractReference("3/2570", new DateOnly(2026, 10, 15)), rows[1].Contract);
        Assert.Equal((48500m, "selective"), (rows[1].Budget, rows[1].Method));
    }

    [Fact]
    public void ReadsWindows874AsSavedByThaiExcel()
    {
        var bytes = TextFileDecoder.Windows874.GetBytes($"{Header}\r\n{GoodRow}\r\n");
        Directory.CreateDirectory(Path.Combine(Site.Input, "data/procurement/monthly"));
        System.IO.File.WriteAllBytes(Path.Combine(Site.Input, File), bytes);

        var row = Assert.Single(Read());

        Assert.Equal("จัดซื้อวัสดุสำนักงาน", row.Item);
        Assert.Equal("ร้านพฤกษา", row.Winner.Name);
    }

    [Theory]
    [InlineData("2,จัดซื้อ,\"12,45,0\",12450,เฉพาะเจาะจง,ร้าน 1,ร้าน 1,ถูก,1/2570 8 ต.ค. 2569", 3, "is not an amount", "ไม่ใช่จำนวนเงิน")]
    [InlineData("2,จัดซื้อ,-500,12450,เฉพาะเจาะจง,ร้าน 1,ร้าน 1,ถูก,1/2570 8 ต.ค. 2569", 3, "is negative", "ติดลบ")]
    [InlineData("2,จัดซื้อ,500,500,ประมูล,ร้าน 1,ร้าน 1,ถูก,1/2570 8 ต.ค. 2569", 5, "is not one of the values of 'Method'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'วิธีซื้อหรือจ้าง'")]
    [InlineData("2,,500,500,คัดเลือก,ร้าน 1,ร้าน 1,ถูก,1/2570 8 ต.ค. 2569", 2, "The cell is empty", "ช่องนี้ว่าง")]
    [InlineData("2,จัดซื้อ,500,500,คัดเลือก,ร้าน 1,ร้าน 1,ถูก,1/2570 32 ต.ค. 2569", 9, "does not give a contract number and date", "ไม่มีเลขที่และวันที่")]
    [InlineData("2,จัดซื้อ,500,500,คัดเลือก,ร้าน 1,ร้าน 1,ถูก,1/2570 3 พ.ย. 2569", 9, "outside October 2026", "ไม่อยู่ในเดือนตุลาคม 2569")]
    [InlineData("2,จัดซื้อ,500,500,คัดเลือก,ร้าน 1,ร้าน 900,ถูก,1/2570 3 ต.ค. 2569", 7, "above the budget", "สูงกว่าวงเงิน")]
    [InlineData("2,จัดซื้อ,500,500,คัดเลือก,ร้าน 1,ร้าน 1,1/2570 3 ต.ค. 2569", 1, "8 cells; the heading row has 9", "8 ช่อง")]
    public async Task BadCellIsReportedAtItsLineAndColumnInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n{row}\n");

        InputErrorAssert.IsAt(Assert.Single(await Site.BuildFailingAsync()), "input/" + File, 3, column, english, thai);
    }

    [Fact]
    public async Task DuplicateRowNumberNamesTheFirstLine()
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n{GoodRow}\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("first on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingColumnIsNamed()
    {
        Site.Write(File, Header.Replace(",ราคากลาง", string.Empty, StringComparison.Ordinal) + "\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(1, error.Line);
        Assert.Contains("'ราคากลาง' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadRowOfTheBuildIsReportedTogether()
    {
        Site.Write(File, $"{Header}\n1,ก,x,1,คัดเลือก,ร้าน 1,ร้าน 1,ถูก,1/2570 3 ต.ค. 2569\n2,ข,1,1,อื่น ๆ,ร้าน 1,ร้าน 1,ถูก,1/2570 3 ต.ค. 2569\n")
            .Write("data/procurement/monthly/2569-13.csv", Header);

        var errors = await Site.BuildFailingAsync();

        Assert.Equal([0, 2, 3], errors.Select(e => e.Line).Order());
    }

    [Fact]
    public async Task FailingDataLeavesThePublishedSiteUntouched()
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n");
        await Site.BuildAsync();
        var before = Site.Read("/th/procurement/2570/10/");

        Site.Write(File, $"{Header}\n1,ก,x,1,คัดเลือก,ร้าน 1,ร้าน 1,ถูก,1/2570 3 ต.ค. 2569\n");
        await Site.BuildFailingAsync();

        Assert.Equal(before, Site.Read("/th/procurement/2570/10/"));
    }

    private List<ProcurementRow> Read()
    {
        var errors = new List<InputError>();
        var month = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<ProcurementRow>(ProcurementRow.Dataset));
        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2026, 10, 1), month.Month!.Value);
        return month.Rows.ToList();
    }
}
