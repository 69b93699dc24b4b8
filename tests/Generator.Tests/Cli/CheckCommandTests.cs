using Transparency.Generator.Cli;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Cli;

public sealed class CheckCommandTests : SiteTest
{
    [Fact]
    public async Task SiteWithoutOitPagesExitsWithOneEvenWhenItsLinksPass()
    {
        Site.Page("about.th.md", "เกี่ยวกับเรา", "[ติดต่อ](/contact/)").Page("contact.th.md", "ติดต่อ");
        await Site.BuildAsync();
        using var output = new StringWriter();

        Assert.Equal(CheckCommand.Failed, Check(Site.Output, output));
        Assert.Contains("Links    pass", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("O1   MISSING", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenLinkExitsWithOne()
    {
        Site.Page("about.th.md", "เกี่ยวกับเรา", "[ติดต่อ](/contact/)");
        await Site.BuildAsync();

        Assert.Equal(CheckCommand.Failed, await Program.Main(["check", "--site", Site.Output, "--input", Site.Input]));
    }

    [Fact]
    public async Task MissingSiteExitsWithTwo() =>
        Assert.Equal(CheckCommand.Unusable, await Program.Main(["check", "--site", Path.Combine(Site.Root, "not-built"), "--input", Site.Input]));

    [Theory]
    [InlineData("--as-of", "the day after tomorrow")]
    [InlineData("--criteria", "2499")]
    public async Task UnusableOptionExitsWithTwo(string option, string value)
    {
        await Site.BuildAsync();

        Assert.Equal(CheckCommand.Unusable, await Program.Main(["check", "--site", Site.Output, "--input", Site.Input, option, value]));
    }

    private int Check(string siteFolder, TextWriter output) =>
        CheckCommand.Run(new DirectoryInfo(siteFolder), new DirectoryInfo(Site.Input), "table", "2569-11-30", null, output);
}
