using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Model;

public sealed class ThaiDateParserTests
{
    public static TheoryData<string, string> Examples() => SpecTable.Read("thai-dates.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void ReadsDatesAsStaffWriteThem(string written, string means)
    {
        var parsed = ThaiDateParser.TryParse(written, out var date);

        Assert.Equal(means == "invalid" ? "invalid" : means,
            parsed ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "invalid");
    }
}
