namespace Transparency.Checks.Calendar;

/// <summary>Thai month names, full and abbreviated, as used in official documents.</summary>
internal static class ThaiMonths
{
    public static readonly IReadOnlyList<string> Full =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static readonly IReadOnlyList<string> Abbreviated =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    /// <summary>Finds a month (1–12) by its full or abbreviated Thai name; dots and spaces in abbreviations are optional.</summary>
    public static int? Parse(string name)
    {
        var wanted = Normalise(name);
        for (var i = 0; i < 12; i++)
        {
            if (wanted == Normalise(Full[i]) || wanted == Normalise(Abbreviated[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Normalise(string name) =>
        name.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
}
