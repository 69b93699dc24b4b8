using Transparency.Generator.Model;

namespace Transparency.Generator.Tests.Model;

public sealed class FiscalYearTests
{
    [Fact]
    public void OctoberFirstBelongsToNextFiscalYear() =>
        Assert.Equal(2570, FiscalYear.Containing(new DateOnly(2026, 10, 1)).BuddhistYear);

    [Fact]
    public void SeptemberThirtiethClosesTheFiscalYear() =>
        Assert.Equal(2569, FiscalYear.Containing(new DateOnly(2026, 9, 30)).BuddhistYear);

    [Fact]
    public void FiscalYearRunsFromOctoberToSeptember()
    {
        var year = new FiscalYear(2570);

        Assert.Equal(new DateOnly(2026, 10, 1), year.Start);
        Assert.Equal(new DateOnly(2027, 9, 30), year.End);
        Assert.Equal(new DateOnly(2027, 3, 31), year.FirstHalfEnd);
    }

    [Fact]
    public void ContainsOnlyItsOwnDays()
    {
        var year = new FiscalYear(2570);

        Assert.True(year.Contains(new DateOnly(2026, 10, 1)));
        Assert.True(year.Contains(new DateOnly(2027, 9, 30)));
        Assert.False(year.Contains(new DateOnly(2026, 9, 30)));
        Assert.False(year.Contains(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public void PreviousYearIsTheOneBefore() => Assert.Equal(new FiscalYear(2569), new FiscalYear(2570).Previous);
}
