using Transparency.Generator.Cli;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Search;

public sealed class SearchCommandTests : SiteTest
{
    [Fact]
    public async Task FindsAPageByAThaiWordAndSaysWhenNothingMatches()
    {
        Site.Page("procurement/plan.th.md", "แผนการจัดซื้อจัดจ้าง", "รายการจัดซื้อวัสดุ").Page("budget/index.th.md", "งบประมาณ");
        await Site.BuildAsync();
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await Program.Main(["search", "จัดซื้อ", "--site", Site.Output]));
            Assert.Equal(1, await Program.Main(["search", "xylophone", "--site", Site.Output]));
            Assert.Equal(2, await Program.Main(["search", "งบ", "--site", Path.Combine(Site.Root, "not-built")]));
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains("/th/procurement/plan/", output.ToString(), StringComparison.Ordinal);
    }
}
