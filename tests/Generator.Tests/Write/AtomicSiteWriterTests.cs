using System.Security.Cryptography;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Write;

public sealed class AtomicSiteWriterTests : IDisposable
{
    private readonly SiteFixture site = new();

    [Fact]
    public async Task FailedBuildLeavesThePublishedSiteByteIdentical()
    {
        site.Page("about.th.md", "เกี่ยวกับเรา").Page("about.en.md", "About");
        await site.BuildAsync();
        var before = Snapshot(site.Output);

        site.Write("pages/about.th.md", "---\ntitle: [unclosed\n---\n");
        await site.BuildFailingAsync();

        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site-*"));
    }

    [Fact]
    public async Task SuccessfulBuildReplacesTheWholeSite()
    {
        site.Page("old.th.md", "เก่า");
        await site.BuildAsync();
        File.Delete(Path.Combine(site.Input, "pages", "old.th.md"));
        site.Page("new.th.md", "ใหม่");

        await site.BuildAsync();

        Assert.False(site.Exists("/th/old/"));
        Assert.True(site.Exists("/th/new/"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site-*"));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    public void Dispose() => site.Dispose();
}
