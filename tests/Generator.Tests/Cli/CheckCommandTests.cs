using Transparency.Generator.Cli;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Cli;

public sealed class CheckCommandTests : SiteTest
{
    [Fact]
    public async Task PassingSiteExitsWithZero()
    {
        Site.Page("about.th.md", "เกี่ยวกับเรา", "[ติดต่อ](/contact/)").Page("contact.th.md", "ติดต่อ");
        await Site.BuildAsync();

        Assert.Equal(CheckCommand.Passed, await CheckAsync(Site.Output));
    }

    [Fact]
    public async Task BrokenLinkExitsWithOne()
    {
        Site.Page("about.th.md", "เกี่ยวกับเรา", "[ติดต่อ](/contact/)");
        await Site.BuildAsync();

        Assert.Equal(CheckCommand.Failed, await CheckAsync(Site.Output));
    }

    [Fact]
    public async Task MissingSiteExitsWithTwo() =>
        Assert.Equal(CheckCommand.Unusable, await CheckAsync(Path.Combine(Site.Root, "not-built")));

    private Task<int> CheckAsync(string siteFolder) =>
        Program.Main(["check", "--site", siteFolder, "--input", Site.Input]);
}
