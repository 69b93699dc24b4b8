using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Services;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class ServicePagesTests : SiteTest
{
    private const string Statistics = """
        เดือน,งานบริการ,จำนวน (ราย)
        ต.ค. 2569,ชำระภาษีที่ดินและสิ่งปลูกสร้าง,14
        ต.ค. 2569,แจ้งซ่อมไฟฟ้าส่องสว่างสาธารณะ,27
        พ.ย. 2569,ชำระภาษีที่ดินและสิ่งปลูกสร้าง,"1,009"
        """;

    private const string Survey = """
        งานบริการที่ประเมิน,งานบริการที่ประเมิน (ภาษาอังกฤษ),ประเด็นที่ประเมิน,ร้อยละความพึงพอใจ,จำนวนผู้ตอบ (คน)
        งานภาษีและรายได้,Tax and revenue,ขั้นตอนการให้บริการ,90,300
        งานภาษีและรายได้,Tax and revenue,เจ้าหน้าที่ผู้ให้บริการ,94,300
        งานขออนุญาตก่อสร้างอาคาร,,ขั้นตอนการให้บริการ,80,100
        """;

    public ServicePagesTests() => Site
        .Write("data/services/statistics/2570.csv", Statistics)
        .Write("data/services/satisfaction/2569.csv", Survey);

    [Fact]
    public async Task StatisticsShowEveryMonthAndServicesByReportedMonthWithTotals()
    {
        await Site.BuildAsync();

        var page = Site.Html("/th/services/2570/statistics/");
        var tables = page.QuerySelectorAll(".data-table");
        var months = tables[0].QuerySelectorAll("tbody tr");
        Assert.Equal(12, months.Length);
        Assert.Equal(["ตุลาคม 2569", "41"], months[0].Children.Select(c => c.TextContent));
        Assert.Equal(["พฤศจิกายน 2569", "1,009"], months[1].Children.Select(c => c.TextContent));
        Assert.Equal(["ธันวาคม 2569", "ยังไม่ได้รายงาน"], months[2].Children.Select(c => c.TextContent));
        Assert.Equal(["งานบริการ", "ต.ค. 69", "พ.ย. 69", "รวม"], tables[1].QuerySelectorAll("thead th").Select(c => c.TextContent));
        Assert.Equal(["ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "14", "1,009", "1,023"], tables[1].QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent));
        Assert.Equal(["รวม", "41", "1,009", "1,050"], tables[1].QuerySelectorAll("tfoot td, tfoot th").Select(c => c.TextContent));
    }

    [Fact]
    public async Task EnglishStatisticsNameServicesAndMonthsInEnglish()
    {
        await Site.BuildAsync();

        var table = Site.Html("/en/services/2570/statistics/").QuerySelectorAll(".data-table")[1];
        Assert.Equal(["Service", "Oct 2026", "Nov 2026", "Total"], table.QuerySelectorAll("thead th").Select(c => c.TextContent));
        Assert.Equal("Street-light repair requests", table.QuerySelectorAll("tbody tr")[1].Children[0].TextContent);
        Assert.Equal("0", table.QuerySelectorAll("tbody tr")[1].Children[2].TextContent);
    }

    [Fact]
    public async Task SatisfactionAveragesAreWeightedByRespondents()
    {
        await Site.BuildAsync();

        var page = Site.Html("/en/services/2569/satisfaction/");
        Assert.Contains("90.29%", page.QuerySelector(".headline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("400", page.QuerySelector(".headline")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll(".data-table tbody tr");
        Assert.Equal(["Tax and revenue", "90.00", "94.00", "92.00", "300"], rows[0].Children.Select(c => c.TextContent));
        Assert.Equal(["งานขออนุญาตก่อสร้างอาคาร", "80.00", "–", "80.00", "100"], rows[1].Children.Select(c => c.TextContent));
        Assert.Equal("th", rows[1].Children[0].GetAttribute("lang"));
        Assert.Equal(["Average", "87.50", "94.00", "90.29", "400"], page.QuerySelectorAll(".data-table tfoot tr > *").Select(c => c.TextContent));
    }

    [Fact]
    public async Task ItaMenuLinksStatisticsAndSatisfaction()
    {
        await Site.BuildAsync();

        var ita = Site.Html("/th/ita/");
        Assert.Equal(["/th/services/2570/statistics/"], ita.GetElementById("O15")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/th/services/2569/satisfaction/"], ita.GetElementById("O16")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.True(Site.Exists("/th/services/2570/"));
    }

    [Fact]
    public async Task DownloadsReadBackIntoTheSameRecords()
    {
        await Site.BuildAsync();
        var errors = new List<InputError>();
        var input = Datasets.ReadAll(Site.Input, errors);
        var output = Datasets.ReadAll(Site.Output, errors);

        Assert.Empty(errors);
        Assert.Equal(
            input.Of<ServiceCountRow>(ServiceCountRow.Dataset).Single().Rows.Select(r => (r.Month, r.Service, r.Count)),
            output.Of<ServiceCountRow>(ServiceCountRow.Dataset).Single().Rows.Select(r => (r.Month, r.Service, r.Count)));
        Assert.Equal(
            input.Of<SatisfactionRow>(SatisfactionRow.Dataset).Single().Rows.Select(r => (r.Service, r.ServiceEnglish, r.Aspect, r.Percent, r.Respondents)),
            output.Of<SatisfactionRow>(SatisfactionRow.Dataset).Single().Rows.Select(r => (r.Service, r.ServiceEnglish, r.Aspect, r.Percent, r.Respondents)));
    }
}
