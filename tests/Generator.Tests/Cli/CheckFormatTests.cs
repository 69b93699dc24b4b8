using System.Text.Json;
using System.Xml.Linq;
using Transparency.Generator.Cli;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Cli;

/// <summary><c>check</c> on the sample site: every format reports the 43 items, and a passing site exits with zero.</summary>
public sealed class CheckFormatTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [Fact]
    public void TableListsEveryItemAndTheScoreAndExitsWithZero()
    {
        var (exit, text) = Check("table");

        Assert.Equal(CheckCommand.Passed, exit);
        Assert.Contains("43 of 43 items pass", text, StringComparison.Ordinal);
        Assert.Contains("Estimated OIT score 100.00", text, StringComparison.Ordinal);
        Assert.Contains("upcoming O23", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonHoldsLinksWeightAndEveryItem()
    {
        var (exit, text) = Check("json");
        using var json = JsonDocument.Parse(text);

        Assert.Equal(CheckCommand.Passed, exit);
        Assert.True(json.RootElement.GetProperty("links").GetProperty("broken").GetArrayLength() == 0);
        var oit = json.RootElement.GetProperty("oit");
        Assert.Equal(43, oit.GetProperty("items").GetArrayLength());
        Assert.Equal("pass", oit.GetProperty("items")[4].GetProperty("status").GetString());
        Assert.Equal(100, oit.GetProperty("score").GetProperty("oit").GetDouble());
    }

    [Fact]
    public void JunitHasOneTestCasePerItemInSuitesPerSubIndicator()
    {
        var (_, text) = Check("junit");
        var suites = XDocument.Parse(text).Root!;

        Assert.Equal(["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"], suites.Elements("testsuite").Select(s => (string)s.Attribute("name")!));
        Assert.Equal(43, suites.Descendants("testcase").Count());
        Assert.Empty(suites.Descendants("failure"));
    }

    private (int Exit, string Text) Check(string format)
    {
        using var output = new StringWriter();
        var exit = CheckCommand.Run(new DirectoryInfo(sample.Output), new DirectoryInfo(RepositoryPaths.Input), format, "2569-11-30", null, output);
        return (exit, output.ToString());
    }
}
