using System.Security.Cryptography;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Write;

public sealed class AtomicSiteWriterTests : SiteTest
{
    [Fact]
    public async Task FailedBuildLeavesThePublishedSiteByteIdentical()
    {
        Site.Page("about.th.md", "เกี่ยวกับเรา").Page("about.en.md", "About");
        await Site.BuildAsync();
        var before = Snapshot(Site.Output);

        Site.Write("pages/about.th.md", "---\ntitle: [unclosed\n---\n");
        await Site.BuildFailingAsync();

        Assert.Equal(before, Snapshot(Site.Output));
        Assert.Empty(Directory.EnumerateDirectories(Site.Root, "._site-*"));
    }

    [Fact]
    public async Task SuccessfulBuildReplacesTheWholeSite()
    {
        Site.Page("old.th.md", "เก่า");
        await Site.BuildAsync();
        File.Delete(Path.Combine(Site.Input, "pages", "old.th.md"));
        Site.Page("new.th.md", "ใหม่");

        await Site.BuildAsync();

        Assert.False(Site.Exists("/th/old/"));
        Assert.True(Site.Exists("/th/new/"));
        Assert.Empty(Directory.EnumerateDirectories(Site.Root, "._site-*"));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
