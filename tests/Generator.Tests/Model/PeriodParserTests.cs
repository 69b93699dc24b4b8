using Transparency.Generator.Model;

namespace Transparency.Generator.Tests.Model;

public sealed class PeriodParserTests
{
    [Theory]
    [InlineData("2566–2570", "2022-10-01/2027-09-30")]
    [InlineData("2566 - 2570", "2022-10-01/2027-09-30")]
    [InlineData("๒๕๖๙-๒๕๖๙", "2025-10-01/2026-09-30")]
    [InlineData("1 ต.ค. 2568 – 31 มี.ค. 2569", "2025-10-01/2026-03-31")]
    [InlineData("2568-10-01 – 2570-09-30", "2025-10-01/2027-09-30")]
    [InlineData("1/10/2569 ถึง 31/10/2569", "2026-10-01/2026-10-31")]
    public void ReadsFiscalYearSpansAndDateRanges(string written, string iso)
    {
        Assert.True(PeriodParser.TryParse(written, out var period));
        Assert.Equal(iso, period.ToIso());
    }

    [Theory]
    [InlineData("ห้าปี")]
    [InlineData("2570–2566")]
    [InlineData("31 มี.ค. 2569 – 1 ต.ค. 2568")]
    [InlineData("")]
    public void RejectsWhatIsNotAPeriod(string written) => Assert.False(PeriodParser.TryParse(written, out _));
}
