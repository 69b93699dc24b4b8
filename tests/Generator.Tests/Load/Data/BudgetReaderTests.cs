using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Budget;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class BudgetReaderTests : SiteTest
{
    private const string File = "data/budget/2569.csv";
    private const string Header = "แผนงาน,งบรายจ่าย,งบประมาณ,เบิกจ่าย ณ 31 มีนาคม,เบิกจ่ายทั้งปี,กันเงินไว้เบิกเหลื่อมปี";
    private const string GoodRow = "แผนงานการศึกษา,งบดำเนินงาน,\"2,960,000\",\"1,109,350\",\"2,872,785\",";

    [Fact]
    public void ReadsProgrammeAndCategoryAsCodesWithThaiDigitsAndEnglishHeadings()
    {
        Site.Write(File, "Programme,Expense category,Budget,Disbursed by 31 March,Disbursed in the year,Carried over\n"
            + "การศึกษา,Capital,\"๒๗๐,๐๐๐ บาท\",๔๑๔๘๐,\"247,510\",\n"
            + "แผนงานอุตสาหกรรมและการโยธา,งบลงทุน,\"8,070,000\",\"1,900,450\",\"6,273,390\",\"986,000\"\n");

        var rows = Read();

        Assert.Equal(("education", "capital", 270000m, (decimal?)41480m, (decimal?)null), (rows[0].Programme, rows[0].Category, rows[0].Allocated, rows[0].DisbursedHalf, rows[0].CarriedOver));
        Assert.Equal(("public-works", 986000m), (rows[1].Programme, rows[1].CarriedOver!.Value));
    }

    [Fact]
    public void DisbursedColumnsMayBeEmptyInEveryRowUntilTheAccountsClose()
    {
        Site.Write(File, $"{Header}\nแผนงานการศึกษา,งบดำเนินงาน,\"2,960,000\",,,\nแผนงานงบกลาง,งบกลาง,\"18,900,000\",,,\n");

        Assert.All(Read(), r => Assert.Null(r.DisbursedHalf ?? r.DisbursedYear));
    }

    [Theory]
    [InlineData("แผนงานการศึกษา,งบลงทุน,\"27O,000\",0,0,", 3, "is not an amount", "ไม่ใช่จำนวนเงิน")]
    [InlineData("แผนงานการศึกษา,งบลงทุน,-270000,0,0,", 3, "is negative", "ติดลบ")]
    [InlineData("แผนงานการศึกษา,งบพิเศษ,270000,0,0,", 2, "is not one of the values of 'Expense category'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'งบรายจ่าย'")]
    [InlineData("แผนงานการท่องเที่ยว,งบลงทุน,270000,0,0,", 1, "is not one of the values of 'Programme'", "ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ 'แผนงาน'")]
    [InlineData(",งบลงทุน,270000,0,0,", 1, "The cell is empty", "ช่องนี้ว่าง")]
    [InlineData("แผนงานการศึกษา,งบลงทุน,270000,0,0", 1, "5 cells; the heading row has 6", "5 ช่อง")]
    [InlineData("แผนงานการศึกษา,งบดำเนินงาน,270000,0,0,", 1, "'แผนงานการศึกษา / งบดำเนินงาน' in 'Programme' and 'Expense category' is used again (first on line 2)", "ซ้ำกับบรรทัดที่ 2")]
    [InlineData("แผนงานการศึกษา,งบลงทุน,270000,0,200000,80000", 5, "plus carried over, 280,000.00, is more than the budget", "มากกว่างบประมาณ")]
    [InlineData("แผนงานการศึกษา,งบลงทุน,270000,50000,40000,", 5, "is less than disbursed by 31 March", "น้อยกว่าเบิกจ่าย ณ 31 มีนาคม")]
    [InlineData("แผนงานการศึกษา,งบลงทุน,270000,,0,", 4, "while line 2 gives this amount", "บรรทัดที่ 2 มีจำนวนเงิน")]
    public async Task BadCellIsReportedAtItsLineAndColumnInBothLanguages(string row, int column, string english, string thai)
    {
        Site.Write(File, $"{Header}\n{GoodRow}\n{row}\n");

        InputErrorAssert.IsAt(Assert.Single(await Site.BuildFailingAsync()), "input/" + File, 3, column, english, thai);
    }

    [Fact]
    public async Task MidYearAmountAboveTheBudgetIsReported()
    {
        Site.Write(File, $"{Header}\nแผนงานการศึกษา,งบลงทุน,270000,280000,,\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Contains("Disbursed by 31 March, 280,000.00, is more than the budget 270,000.00", error.Message, StringComparison.Ordinal);
        Assert.Contains("มากกว่างบประมาณ", error.ThaiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryMistakeOfEveryFileIsReportedTogether()
    {
        Site.Write(File, $"{Header}\n{GoodRow}\nแผนงานการศึกษา,งบพิเศษ,1,0,0,\nแผนงานการศึกษา,งบลงทุน,x,0,0,\n")
            .Write("data/budget/2570.csv", $"{Header}\nแผนงานการศึกษา,งบลงทุน,-5,,,\n")
            .Write("data/budget/FY2570.csv", Header);

        var errors = await Site.BuildFailingAsync();

        Assert.Equal(["input/data/budget/2569.csv:3", "input/data/budget/2569.csv:4", "input/data/budget/2570.csv:2", "input/data/budget/FY2570.csv:0"],
            errors.Select(e => $"{e.File}:{e.Line}").Order(StringComparer.Ordinal));
    }

    private List<BudgetRow> Read()
    {
        var errors = new List<InputError>();
        var file = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<BudgetRow>(BudgetRow.Dataset));
        Assert.Empty(errors);
        Assert.Equal(2569, file.FiscalYear!.Value.BuddhistYear);
        return file.Rows.ToList();
    }
}
