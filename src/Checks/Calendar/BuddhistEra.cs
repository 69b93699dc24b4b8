namespace Transparency.Checks.Calendar;

/// <summary>Buddhist Era years, which run 543 years ahead of the Common Era.</summary>
internal static class BuddhistEra
{
    public const int Offset = 543;

    /// <summary>A written year above this is taken as Buddhist Era: CE 2400 is centuries away, BE 2400 is 1857.</summary>
    public const int FirstAmbiguousBeYear = 2400;

    public static int FromChristian(int year) => year + Offset;

    public static int ToChristian(int year) => year - Offset;

    /// <summary>Reads a written year as a Common Era year, whichever era it was written in.</summary>
    public static int NormaliseToChristian(int writtenYear) =>
        writtenYear > FirstAmbiguousBeYear ? ToChristian(writtenYear) : writtenYear;
}
