using Transparency.Generator.Load.Data;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class PersonalDataGuardTests : SiteTest
{
    private const string File = "data/complaints/2570.csv";
    private const string Header = "เดือน,ประเภทเรื่องร้องเรียน,ช่องทาง,ลักษณะเรื่อง,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ";

    [Theory]
    [InlineData("1101700230708")]
    [InlineData("3100600123450")]
    [InlineData("1-2345-67890-12-1")]
    [InlineData("1 2345 67890 12 1")]
    [InlineData("๑๑๐๑๗๐๐๒๓๐๗๐๘")]
    public void AcceptsTheCheckDigitOfARealNumber(string id) => Assert.True(PersonalDataGuard.IsThaiNationalId(id));

    [Theory]
    [InlineData("1101700230709")]
    [InlineData("3100600123451")]
    [InlineData("1-2345-67890-12-2")]
    [InlineData("110170023070")]
    [InlineData("11017002307080")]
    public void RejectsAWrongCheckDigitOrLength(string id) => Assert.False(PersonalDataGuard.IsThaiNationalId(id));

    [Theory]
    [InlineData("ผู้ร้อง 1101700230708", "national ID")]
    [InlineData("เลขบัตร ๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘", "national ID")]
    [InlineData("โทร 081-234-5678", "telephone")]
    [InlineData("0812345678", "telephone")]
    [InlineData("+66 81 234 5678", "telephone")]
    [InlineData("02 123 4567", "telephone")]
    [InlineData("0 3739 1234", "telephone")]
    [InlineData("somchai.j@gmail.com", "e-mail")]
    public void FindsPersonalData(string cell, string kind) =>
        Assert.Contains(kind, PersonalDataGuard.Find(cell)?.English, StringComparison.Ordinal);

    [Theory]
    [InlineData("1101700230709")]
    [InlineData("CR-2570-0001")]
    [InlineData("2569-10")]
    [InlineData("พ.ย. 2569")]
    [InlineData("1,250,000")]
    [InlineData("12")]
    [InlineData("สายด่วน 1567")]
    [InlineData("ระบบ E-Service")]
    public void LeavesCountsDatesAndReferencesAlone(string cell) => Assert.Null(PersonalDataGuard.Find(cell));

    [Fact]
    public async Task ComplaintFileWithPersonalDataStopsTheBuildAndPublishesNothing()
    {
        Site.Write(File, $"{Header}\nต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ถนนและทางระบายน้ำ,1,1,0\n");
        await Site.BuildAsync();
        var before = Site.Read("/th/complaints/2570/statistics/");

        Site.Write(File, $"{Header}\nต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,ถนนและทางระบายน้ำ,1,1,0\nพ.ย. 2569,ร้องเรียนทั่วไป,somchai@example.com,ถนนและทางระบายน้ำ,1,1,0\n");
        var errors = await Site.BuildFailingAsync();

        var error = Assert.Single(errors, e => e.Message.Contains("personal data", StringComparison.Ordinal));
        Assert.Equal(("input/" + File, 3, 3), (error.File, error.Line, error.Column));
        Assert.Contains("an e-mail address", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("somchai", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("ข้อมูลส่วนบุคคล", error.ThaiMessage, StringComparison.Ordinal);
        Assert.Contains("ลบข้อมูลส่วนบุคคล", error.ThaiFix, StringComparison.Ordinal);
        Assert.Equal(before, Site.Read("/th/complaints/2570/statistics/"));
        Assert.DoesNotContain("somchai", Site.Read("/data/complaints/2570.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryCellWithPersonalDataIsNamed()
    {
        Site.Write(File, $"{Header}\nต.ค. 2569,ร้องเรียนทั่วไป,โทรศัพท์,1101700230708,1,1,0\nต.ค. 2569,ร้องเรียนทั่วไป,089 123 4567,ถนนและทางระบายน้ำ,1,1,0\n");

        var errors = (await Site.BuildFailingAsync()).Where(e => e.Message.Contains("personal data", StringComparison.Ordinal)).ToList();

        Assert.Equal([(2, 4), (3, 3)], errors.Select(e => (e.Line, e.Column)).Order());
    }
}
