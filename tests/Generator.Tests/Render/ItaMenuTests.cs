using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Render;

public sealed class ItaMenuTests : SiteTest
{
    public ItaMenuTests() => Site
        .Page("procurement/plan-2570.th.md", "แผนการจัดซื้อจัดจ้าง 2570", frontMatter: "oit: [O21]\n")
        .Page("procurement/plan-2570.en.md", "Procurement plan 2570", frontMatter: "oit: [O21]\n")
        .Write("documents/2570/no-gift.pdf", "%PDF-1.4 test")
        .Write("documents/2570/no-gift.yaml", "title: { th: ประกาศ No Gift Policy, en: No Gift Policy }\ndate: 5 ต.ค. 2569\nfiscal_year: 2570\noit: [O34]\n");

    [Fact]
    public async Task ListsEveryItemOfTheCriteriaInBothLanguages()
    {
        await Site.BuildAsync();

        foreach (var language in new[] { "th", "en" })
        {
            var rows = Site.Html($"/{language}/ita/").QuerySelectorAll(".ita-table tbody tr");
            Assert.Equal(Enumerable.Range(1, 43).Select(i => $"O{i}"), rows.Select(r => r.Id));
        }

        Assert.Contains("แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", Site.Html("/th/ita/").GetElementById("O21")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Procurement plan", Site.Html("/en/ita/").GetElementById("O21")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsItemsBySubIndicator()
    {
        await Site.BuildAsync();

        var groups = Site.Html("/th/ita/").QuerySelectorAll(".ita section h2").Select(h => h.TextContent.Split(' ')[0]);
        Assert.Equal(["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"], groups);
    }

    [Fact]
    public async Task LinksEachItemToThePagesAndDocumentsThatPublishIt()
    {
        await Site.BuildAsync();

        var page = Site.Html("/en/ita/");
        Assert.Equal(["/en/procurement/plan-2570/"], page.GetElementById("O21")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/documents/2570/no-gift.pdf"], page.GetElementById("O34")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.GetElementById("O1")!.QuerySelector(".missing"));
        Assert.True(Site.Exists("/documents/2570/no-gift.pdf"));
        Assert.False(Site.Exists("/documents/2570/no-gift.yaml"));
    }
}
