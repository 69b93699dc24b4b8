namespace Transparency.Checks.Calendar;

/// <summary>A Thai government fiscal year: 1 October to 30 September, named by the Buddhist Era year in which it ends.</summary>
internal readonly record struct FiscalYear(int BuddhistYear)
{
    private const int FirstMonth = 10;

    public static FiscalYear Containing(DateOnly date) =>
        new(BuddhistEra.FromChristian(date.Month >= FirstMonth ? date.Year + 1 : date.Year));

    public DateOnly Start => new(BuddhistEra.ToChristian(BuddhistYear) - 1, FirstMonth, 1);

    public DateOnly End => new(BuddhistEra.ToChristian(BuddhistYear), 9, 30);

    /// <summary>The first half, 1 October to 31 March, which six-month reports cover.</summary>
    public DateOnly FirstHalfEnd => new(BuddhistEra.ToChristian(BuddhistYear), 3, 31);

    public FiscalYear Previous => new(BuddhistYear - 1);

    public FiscalYear Next => new(BuddhistYear + 1);

    /// <summary>The whole year as a range of days.</summary>
    public DateRange Range => new(Start, End);

    /// <summary>1 October to 31 March.</summary>
    public DateRange FirstHalf => new(Start, FirstHalfEnd);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
