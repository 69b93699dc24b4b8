using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load;

public sealed class PageReaderTests : SiteTest
{
    [Fact]
    public async Task UnknownFrontMatterKeyIsReportedAtItsLine()
    {
        Site.Write("pages/about.th.md", "---\ntitle: เกี่ยวกับเรา\ntitel: ผิด\n---\nเนื้อหา\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal("input/pages/about.th.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableDateIsReportedAtItsLineWithTheFormsThatWork()
    {
        Site.Write("pages/news/fair.th.md", "---\ntitle: งานวัด\ndescription: งานประจำปี\ndate: 32 ต.ค. 2569\n---\nเนื้อหา\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(("input/pages/news/fair.th.md", 4), (error.File, error.Line));
        Assert.Contains("'32 ต.ค. 2569' is not a date", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 ต.ค. 2569", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadablePeriodIsReportedAtItsLineWithTheFormsThatWork()
    {
        Site.Write("pages/plans/development.th.md", "---\ntitle: แผนพัฒนาท้องถิ่น\noit: [O4]\nperiod: ห้าปี\n---\nเนื้อหา\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(("input/pages/plans/development.th.md", 4), (error.File, error.Line));
        Assert.Contains("'ห้าปี' is not a period", error.Message, StringComparison.Ordinal);
        Assert.Contains("2566–2570", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueWithAColonExplainsTheQuotes()
    {
        Site.Write("pages/plan.en.md", "---\ntitle: Plan: 2570\n---\nText\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(2, error.Line);
        Assert.Contains("in quotes", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileWithoutLanguageSuffixIsRejected()
    {
        Site.Write("pages/about.md", "---\ntitle: About\n---\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal("input/pages/about.md", error.File);
        Assert.Contains("about.th.md", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OitCodesAreNormalisedFromHowStaffWriteThem()
    {
        Site.Page("plan.th.md", "แผน", frontMatter: "oit: [o21, \"O๒๒\", 023]\n");

        await Site.BuildAsync();

        var codes = Site.Html("/th/plan/").QuerySelectorAll(".page-meta .oit-code").Select(c => c.TextContent);
        Assert.Equal(["O21", "O22", "O23"], codes);
    }

    [Fact]
    public async Task CodeOutsideTheCriteriaIsRejected()
    {
        Site.Page("plan.th.md", "แผน", frontMatter: "oit: [O44]\n");

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Contains("O44 is not an item of the OIT criteria 2565", error.Message, StringComparison.Ordinal);
    }
}
