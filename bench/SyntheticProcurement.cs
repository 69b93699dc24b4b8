using System.Globalization;
using System.Text;

namespace Transparency.Bench;

/// <summary>
/// Writes monthly procurement summaries (form สขร.1) holding <c>rows</c> contracts in all, spread evenly over the sixty
/// months of fiscal years 2566–2570, in the columns staff fill in; every row is valid, so the build reads them all.
/// </summary>
internal static class SyntheticProcurement
{
    private const int FirstYear = 2565;
    private const int Months = 60;
    private const string Header = "ลำดับ,งานที่จัดซื้อหรือจัดจ้าง,งานที่จัดซื้อหรือจัดจ้าง (ภาษาอังกฤษ),วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง";
    private static readonly string[] Methods = ["เฉพาะเจาะจง", "ประกาศเชิญชวนทั่วไป", "คัดเลือก"];

    public static void Write(Random random, string inputFolder, int rows)
    {
        var folder = Path.Combine(inputFolder, "data", "procurement", "monthly");
        Directory.CreateDirectory(folder);
        for (var month = 0; month < Months; month++)
        {
            var first = new DateOnly(FirstYear - 543, 10, 1).AddMonths(month);
            var count = (rows / Months) + (month < rows % Months ? 1 : 0);
            var csv = new StringBuilder(Header).Append('\n');
            for (var number = 1; number <= count; number++)
            {
                csv.Append(Row(random, first, number)).Append('\n');
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"{first.Year + 543}-{first.Month:00}.csv");
            File.WriteAllText(Path.Combine(folder, name), csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
    }

    private static string Row(Random random, DateOnly month, int number)
    {
        var project = Vocabulary.Projects[random.Next(Vocabulary.Projects.Length)];
        var budget = random.Next(5, 2_000) * 1_000m;
        var bidders = Enumerable.Range(0, random.Next(1, 4))
            .Select(i => (Name: Vocabulary.Contractors[(number + i) % Vocabulary.Contractors.Length].Th, Price: budget - (random.Next(0, 50) * 100m) - i))
            .ToList();
        var winner = bidders.MinBy(b => b.Price);
        var day = month.AddDays(random.Next(0, DateTime.DaysInMonth(month.Year, month.Month)));
        string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
        return string.Join(',',
            number.ToString(CultureInfo.InvariantCulture),
            Quote(project.Th),
            Quote(project.En),
            Money(budget),
            Money(budget),
            Methods[random.Next(Methods.Length)],
            Quote(string.Join("; ", bidders.Select(b => $"{b.Name} {Money(b.Price)}"))),
            Quote($"{winner.Name} {Money(winner.Price)}"),
            "เสนอราคาต่ำสุด",
            string.Create(CultureInfo.InvariantCulture, $"{number}/{month.Year + 543} {day.Year + 543}-{day.Month:00}-{day.Day:00}"));
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
