using Transparency.Generator.Model;

namespace Transparency.Generator.Tests.Model;

public sealed class ThaiDateFormatTests
{
    private static readonly DateOnly Day = new(2026, 10, 1);

    [Fact]
    public void ThaiFullDateUsesMonthNameAndBuddhistYear() => Assert.Equal("1 ตุลาคม 2569", ThaiDateFormat.Full(Day, "th"));

    [Fact]
    public void ThaiAbbreviatedDateUsesTwoDigitBuddhistYear() => Assert.Equal("1 ต.ค. 69", ThaiDateFormat.Abbreviated(Day, "th"));

    [Fact]
    public void EnglishDateUsesChristianYear() => Assert.Equal("1 October 2026", ThaiDateFormat.Full(Day, "en"));

    [Fact]
    public void FiscalYearIsNamedByItsBuddhistYearInBothLanguages()
    {
        Assert.Equal("ปีงบประมาณ พ.ศ. 2570", ThaiDateFormat.FiscalYearName(FiscalYear.Containing(Day), "th"));
        Assert.Equal("Fiscal year 2570 (2026/27)", ThaiDateFormat.FiscalYearName(FiscalYear.Containing(Day), "en"));
    }

    [Fact]
    public void FormattingIgnoresTheThreadCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
        try
        {
            Assert.Equal("1 October 2026", ThaiDateFormat.Full(Day, "en"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
