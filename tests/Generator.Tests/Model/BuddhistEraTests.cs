using Transparency.Generator.Model;

namespace Transparency.Generator.Tests.Model;

public sealed class BuddhistEraTests
{
    [Theory]
    [InlineData(2026, 2569)]
    [InlineData(1957, 2500)]
    public void BuddhistYearIsChristianYearPlus543(int christian, int buddhist)
    {
        Assert.Equal(buddhist, BuddhistEra.FromChristian(christian));
        Assert.Equal(christian, BuddhistEra.ToChristian(buddhist));
    }

    [Theory]
    [InlineData(2569, 2026)]
    [InlineData(2026, 2026)]
    [InlineData(2401, 1858)]
    [InlineData(2400, 2400)]
    public void YearsAbove2400AreReadAsBuddhistEra(int written, int christian) =>
        Assert.Equal(christian, BuddhistEra.NormaliseToChristian(written));
}
