using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class CorruptionChannelTests : SiteTest
{
    private const string Channel = """

        corruption_complaints:
          url: https://eservice.test.example/corruption
          email: audit@test.example
          phone: { th: 0 2000 0000 ต่อ 9, en: 0 2000 0000 ext. 9 }
        """;

    [Fact]
    public async Task ChannelPageShowsTheFormAndMailboxOfSiteYamlApartFromTheGeneralContacts()
    {
        Site.Write("site.yaml", SiteFixture.SiteYaml + Channel)
            .Page("complaints/corruption-channel.th.md", "แจ้งเรื่องร้องเรียนการทุจริต", frontMatter: "layout: corruption-channel\noit: [O30]\n")
            .Page("complaints/corruption-channel.en.md", "Report corruption", frontMatter: "layout: corruption-channel\noit: [O30]\n");
        await Site.BuildAsync();

        var box = Site.Html("/en/complaints/corruption-channel/").QuerySelector(".channel-box")!;
        Assert.Equal("https://eservice.test.example/corruption", box.QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal("mailto:audit@test.example", box.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Contains("ext. 9", box.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("info@test.example", box.TextContent, StringComparison.Ordinal);
        Assert.Contains("ต่อ 9", Site.Html("/th/complaints/corruption-channel/").QuerySelector(".channel-box")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadFormAddressIsReportedAtItsLine()
    {
        Site.Write("site.yaml", SiteFixture.SiteYaml + Channel.Replace("https://eservice.test.example/corruption", "eservice corruption form", StringComparison.Ordinal));

        var error = Assert.Single(await Site.BuildFailingAsync());

        Assert.Equal(("input/site.yaml", 10), (error.File, error.Line));
        Assert.Contains("is not a web address", error.Message, StringComparison.Ordinal);
    }
}
