using ClosedXML.Excel;
using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Structure;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class WorkbookTests : SiteTest
{
    private static readonly string[] Headings = ["รหัสหน่วยงาน", "ชื่อหน่วยงาน", "ชื่อหน่วยงาน (ภาษาอังกฤษ)", "สังกัด", "ฝ่าย", "ตำแหน่งหัวหน้า", "ตำแหน่งหัวหน้า (ภาษาอังกฤษ)", "จำนวนบุคลากร"];

    [Fact]
    public void ReadsTheFirstSheetOfAWorkbookWithNumbersAsExcelShowsThem()
    {
        Workbook(("clerk", "ปลัดเทศบาล", 2), ("finance", "กองคลัง", 1250));

        var errors = new List<InputError>();
        var units = Datasets.ReadAll(Site.Input, errors).Of<UnitRow>(UnitRow.Dataset).Single().Rows;

        Assert.Empty(errors);
        Assert.Equal(["clerk", "finance"], units.Select(u => u.Code));
        Assert.Equal(1250, units[1].Staff);
    }

    [Fact]
    public async Task BadCellIsNamedByTheRowAndColumnExcelShows()
    {
        Workbook(("clerk", "ปลัดเทศบาล", 2), ("finance", "กองคลัง", -3));

        await Site.FailsOnceAtAsync("data/structure/units.xlsx", 3, 8, "is negative", "ติดลบ");
    }

    [Fact]
    public async Task WorkbookBesideItsCsvExportIsReported()
    {
        Workbook(("clerk", "ปลัดเทศบาล", 2));
        Site.Write("data/structure/units.csv", string.Join(',', Headings) + "\nclerk,ปลัดเทศบาล,Clerk,,ฝ่ายประจำ,,,2\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal("input/data/structure/units.xlsx", error.File);
        Assert.Contains("input/data/structure/units.csv already holds this period", error.Message, StringComparison.Ordinal);
    }

    private void Workbook(params (string Code, string Name, int Staff)[] units)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("หน่วยงาน");
        for (var column = 0; column < Headings.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = Headings[column];
        }

        for (var row = 0; row < units.Length; row++)
        {
            sheet.Cell(row + 2, 1).Value = units[row].Code;
            sheet.Cell(row + 2, 2).Value = units[row].Name;
            sheet.Cell(row + 2, 3).Value = units[row].Code;
            sheet.Cell(row + 2, 5).Value = "ฝ่ายประจำ";
            sheet.Cell(row + 2, 8).Value = units[row].Staff;
            sheet.Cell(row + 2, 8).Style.NumberFormat.Format = "#,##0";
        }

        var folder = Path.Combine(Site.Input, "data", "structure");
        Directory.CreateDirectory(folder);
        workbook.SaveAs(Path.Combine(folder, "units.xlsx"));
    }
}
