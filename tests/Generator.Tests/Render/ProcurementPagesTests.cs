using System.Globalization;
using System.Text.Json;
using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class ProcurementPagesTests : SiteTest
{
    private const string Csv = """
        ลำดับ,งานที่จัดซื้อหรือจัดจ้าง,งานที่จัดซื้อหรือจัดจ้าง (ภาษาอังกฤษ),วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง
        1,จ้างก่อสร้างถนนคอนกรีต,Concrete road,"1,250,000","1,249,000",ประกาศเชิญชวนทั่วไป,"หจก. ทรัพย์เจริญ 1,180,000; บริษัท นครนายกโยธา จำกัด 1,205,000","หจก. ทรัพย์เจริญ 1,180,000",เสนอราคาต่ำสุด,14/2570 20 ต.ค. 2569
        2,จัดซื้อวัสดุสำนักงาน,,"12,450","12,450",เฉพาะเจาะจง,"ร้านพฤกษา 12,450","ร้านพฤกษา 12,450",ผู้ขายโดยตรง,2/2570 8 ต.ค. 2569
        """;

    public ProcurementPagesTests() => Site.Write("data/procurement/monthly/2569-10.csv", Csv);

    [Fact]
    public async Task MonthPageShowsTheNineColumnsOfFormSorKhorRor1()
    {
        await Site.BuildAsync();

        var page = Site.Html("/th/procurement/2570/10/");
        var headings = page.QuerySelectorAll(".procurement-table thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(9, headings.Count);
        Assert.Equal("รายชื่อผู้เสนอราคาและราคาที่เสนอ", headings[5]);
        var first = page.QuerySelector(".procurement-table tbody tr")!;
        Assert.Equal(2, first.QuerySelectorAll("td:nth-child(6) li").Length);
        Assert.Equal("1,250,000.00", first.QuerySelector("td:nth-child(3)")!.TextContent);
        Assert.Contains("1,192,450.00", page.QuerySelector("tfoot")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishPageUsesTheEnglishTitleAndMarksThaiCells()
    {
        await Site.BuildAsync();

        var rows = Site.Html("/en/procurement/2570/10/").QuerySelectorAll(".procurement-table tbody tr");
        Assert.Equal("Concrete road", rows[0].QuerySelector("td:nth-child(2)")!.TextContent);
        Assert.Equal("th", rows[1].QuerySelector("td:nth-child(2)")!.GetAttribute("lang"));
        Assert.Equal("Open invitation (e-bidding)", rows[0].QuerySelector("td:nth-child(5)")!.TextContent);
        Assert.Equal("20 Oct 2026", rows[0].QuerySelector("td:nth-child(9) time")!.TextContent);
    }

    [Fact]
    public async Task YearPageShowsWhichMonthsArePublished()
    {
        await Site.BuildAsync();

        var months = Site.Html("/th/procurement/2570/").QuerySelectorAll(".months-table tbody tr");
        Assert.Equal(12, months.Length);
        Assert.Equal("/th/procurement/2570/10/", months[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.All(months.Skip(1), m => Assert.Null(m.QuerySelector("a")));
        Assert.Equal("กันยายน 2570", months[11].QuerySelector("th")!.TextContent);
    }

    [Fact]
    public async Task ItaMenuLinksMonthlySummariesUnderO23()
    {
        await Site.BuildAsync();

        var links = Site.Html("/en/ita/").GetElementById("O23")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/en/procurement/2570/", "/en/procurement/2570/10/"], links);
    }

    [Fact]
    public async Task DownloadedCsvReadsBackIntoTheSameRecords()
    {
        await Site.BuildAsync();
        var errors = new List<InputError>();
        var original = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<ProcurementRow>(ProcurementRow.Dataset)).Rows;

        var downloaded = Assert.Single(Datasets.ReadAll(Site.Output, errors).Of<ProcurementRow>(ProcurementRow.Dataset)).Rows;

        Assert.Empty(errors);
        Assert.Equal(original.Select(Fields), downloaded.Select(Fields));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(Site.Output, "data/procurement/monthly/2569-10.csv"))[..3]);
    }

    [Fact]
    public async Task JsonDownloadHoldsEveryRow()
    {
        await Site.BuildAsync();

        using var json = JsonDocument.Parse(Site.Read("/data/procurement/monthly/2569-10.json"));
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("หจก. ทรัพย์เจริญ", json.RootElement[0].GetProperty("winner").GetProperty("name").GetString());
        Assert.Equal("2026-10-20", json.RootElement[0].GetProperty("contract").GetProperty("date").GetString());
    }

    /// <summary>Every field of a row; amounts compare by value, whatever their written scale.</summary>
    private static object Fields(ProcurementRow r) =>
        (r.Number, r.Item, r.ItemEnglish, r.Budget, r.ReferencePrice, r.Method, string.Join('|', r.Bidders.Select(Money)), Money(r.Winner), r.Reason, r.Contract);

    private static string Money(Bid bid) => bid.Name + " " + bid.Price.ToString("0.00", CultureInfo.InvariantCulture);
}
