using Transparency.Generator.Model;

namespace Transparency.Generator.Tests.Model;

public sealed class ThaiDigitsTests
{
    [Fact]
    public void ThaiDigitsBecomeArabic() => Assert.Equal("งบ 2570 ข้อ 23", ThaiDigits.ToArabic("งบ ๒๕๗๐ ข้อ ๒๓"));

    [Fact]
    public void ArabicDigitsBecomeThai() => Assert.Equal("๑,๒๕๐,๐๐๐ บาท", ThaiDigits.ToThai("1,250,000 บาท"));

    [Fact]
    public void TextWithoutDigitsIsUnchanged() => Assert.Equal("เทศบาล", ThaiDigits.ToArabic("เทศบาล"));
}
