using Transparency.Generator.Load;
using Transparency.Generator.Load.Data;
using Transparency.Generator.Model.Complaints;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class ComplaintPagesTests : SiteTest
{
    private const string File = "data/complaints/2570.csv";
    private const string Csv = """
        เดือน,ประเภทเรื่องร้องเรียน,ช่องทาง,ลักษณะเรื่อง,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ
        ต.ค. 2569,ทุจริตและประพฤติมิชอบ,,,0,0,0
        ต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,เหตุเดือดร้อนรำคาญ,2,2,0
        ต.ค. 2569,ร้องเรียนทั่วไป,ระบบ E-Service,ถนนและทางระบายน้ำ,1,0,1
        พ.ย. 2569,ทุจริตและประพฤติมิชอบ,แบบฟอร์มออนไลน์,ละเว้นหรือเลือกปฏิบัติ,1,0,1
        พ.ย. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ถนนและทางระบายน้ำ,1,1,0
        """;

    [Fact]
    public async Task CorruptionComplaintsComeFirstMonthByMonthAndSayWhenThereWereNone()
    {
        Site.Write(File, Csv);
        await Site.BuildAsync();

        var page = Site.Html("/th/complaints/2570/statistics/");
        var sections = page.QuerySelectorAll("section.complaint-type");
        Assert.Equal(["เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "เรื่องร้องเรียน ร้องทุกข์ทั่วไป"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
        var months = sections[0].QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr");
        Assert.Equal(12, months.Length);
        Assert.Equal(["ตุลาคม 2569", "0", "0", "0", "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"], months[0].Children.Select(c => c.TextContent));
        Assert.Equal(["พฤศจิกายน 2569", "1", "0", "1", ""], months[1].Children.Select(c => c.TextContent));
        Assert.Contains("ยังไม่ถึงรอบรายงาน", months[2].TextContent, StringComparison.Ordinal);
        Assert.Null(sections[0].QuerySelector(".notice.none"));
        Assert.Equal(["รวมตั้งแต่ต้นปีงบประมาณ", "4", "3", "1", ""], sections[1].QuerySelector("tfoot tr")!.Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task ChannelsAndCategoriesAreCountedPerType()
    {
        Site.Write(File, Csv);
        await Site.BuildAsync();

        var general = Site.Html("/en/complaints/2570/statistics/").QuerySelectorAll("section.complaint-type")[1];
        var channels = general.QuerySelector("#complaints-general-channel")!.ParentElement!.QuerySelectorAll("tbody tr");
        Assert.Equal(["E-Service 1 0 1", "Telephone 3 3 0"], channels.Select(r => string.Join(' ', r.Children.Select(c => c.TextContent))));
        var categories = general.QuerySelector("#complaints-general-category")!.ParentElement!.QuerySelectorAll("tbody tr");
        Assert.Equal(["Nuisance (smell, noise, smoke)", "Roads and drains"], categories.Select(r => r.Children[0].TextContent));
    }

    [Fact]
    public async Task APeriodWithoutComplaintsSaysSoInBothLanguages()
    {
        Site.Write(File, "เดือน,ประเภทเรื่องร้องเรียน,ช่องทาง,ลักษณะเรื่อง,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ\nต.ค. 2569,ทุจริตและประพฤติมิชอบ,,,0,0,0\nพ.ย. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ขยะและความสะอาด,1,1,0\n");
        await Site.BuildAsync();

        Assert.Equal("ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบในช่วงเวลานี้", Site.Html("/th/complaints/2570/statistics/").QuerySelector("#complaints-corruption ~ .notice.none")!.TextContent);
        var english = Site.Html("/en/complaints/2570/statistics/");
        Assert.Equal("No corruption or misconduct complaints were received in this period.", english.QuerySelector("#complaints-corruption ~ .notice.none")!.TextContent);
        Assert.Contains("No corruption or misconduct complaints", english.QuerySelectorAll("#complaints-corruption-months ~ tbody tr")[1].TextContent, StringComparison.Ordinal);
        Assert.Null(english.QuerySelector("#complaints-general ~ .notice.none"));
    }

    [Fact]
    public async Task StaffNotesAtTheSameAddressJoinTheFigures()
    {
        Site.Write(File, Csv)
            .Page("complaints/2570/statistics.th.md", "สถิติเรื่องร้องเรียน 2570", "เรื่อง CR-2570-0001 อยู่ระหว่างสืบสวน")
            .Page("complaints/2570/statistics.en.md", "Complaint statistics 2570", "Case CR-2570-0001 is under investigation.");
        await Site.BuildAsync();

        var page = Site.Html("/en/complaints/2570/statistics/");
        Assert.Equal("Complaint statistics 2570", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("under investigation", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("section.complaint-type").Length);
        var links = Site.Html("/en/ita/").GetElementById("O31")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/en/complaints/2570/statistics/"], links);
    }

    [Fact]
    public async Task DownloadedCsvReadsBackIntoTheSameRecords()
    {
        Site.Write(File, Csv);
        await Site.BuildAsync();
        var errors = new List<InputError>();

        var original = Assert.Single(Datasets.ReadAll(Site.Input, errors).Of<ComplaintRow>(ComplaintRow.Dataset)).Rows;
        var downloaded = Assert.Single(Datasets.ReadAll(Site.Output, errors).Of<ComplaintRow>(ComplaintRow.Dataset)).Rows;

        Assert.Empty(errors);
        Assert.Equal(original.Select(Fields), downloaded.Select(Fields));
        Assert.Contains("\"in_progress\": 1", Site.Read("/data/complaints/2570.json"), StringComparison.Ordinal);
    }

    private static object Fields(ComplaintRow r) => (r.Month, r.Type, r.Channel, r.Category, r.Received, r.Completed, r.InProgress);
}
