using System.Globalization;
using System.Text;
using Transparency.Generator.Model;

namespace Transparency.Bench;

/// <summary>Writes the pipe tables of synthetic pages, with the same figures in both languages.</summary>
internal static class SyntheticTables
{
    public static Bilingual Create(TableShape shape, Random random, PageFacts facts, DateOnly date) => shape switch
    {
        TableShape.Procurement => Procurement(random),
        TableShape.MonthlyCounts => MonthlyCounts(random, date),
        _ => Budget(random, facts),
    };

    private static Bilingual Budget(Random random, PageFacts facts)
    {
        var th = Header("ลำดับ", "รายการ", "สถานที่", "งบประมาณ (บาท)", "ผู้รับผิดชอบ");
        var en = Header("No.", "Item", "Location", "Budget (THB)", "Responsible unit");
        var total = 0L;
        var rows = random.Next(3, 9);
        for (var row = 1; row <= rows; row++)
        {
            var project = PageFacts.Pick(random, Vocabulary.Projects);
            var village = PageFacts.Pick(random, Vocabulary.Villages);
            var amount = row == 1 ? facts.Amount : random.Next(50, 25_000) * 100L;
            total += amount;
            var number = row.ToString(CultureInfo.InvariantCulture);
            Row(th, number, project.Th, village.Th, PageFacts.Money(amount), facts.Unit.Th);
            Row(en, number, Capitalise(project.En), village.En, PageFacts.Money(amount), facts.Unit.En);
        }

        Row(th, string.Empty, "**รวม**", string.Empty, $"**{PageFacts.Money(total)}**", string.Empty);
        Row(en, string.Empty, "**Total**", string.Empty, $"**{PageFacts.Money(total)}**", string.Empty);
        return new(th.ToString(), en.ToString());
    }

    private static Bilingual Procurement(Random random)
    {
        var th = Header("ลำดับ", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงิน (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก", "ราคาที่ตกลง (บาท)");
        var en = Header("No.", "Purchase or works", "Budget (THB)", "Reference price (THB)", "Method", "Selected supplier", "Agreed price (THB)");
        var rows = random.Next(3, 9);
        for (var row = 1; row <= rows; row++)
        {
            var project = PageFacts.Pick(random, Vocabulary.Projects);
            var method = PageFacts.Pick(random, Vocabulary.ProcurementMethods);
            var contractor = PageFacts.Pick(random, Vocabulary.Contractors);
            var budget = random.Next(50, 25_000) * 100L;
            var reference = budget * random.Next(90, 101) / 100;
            var agreed = reference * random.Next(85, 100) / 100;
            var number = row.ToString(CultureInfo.InvariantCulture);
            Row(th, number, project.Th, PageFacts.Money(budget), PageFacts.Money(reference), method.Th, contractor.Th, PageFacts.Money(agreed));
            Row(en, number, Capitalise(project.En), PageFacts.Money(budget), PageFacts.Money(reference), method.En, contractor.En, PageFacts.Money(agreed));
        }

        return new(th.ToString(), en.ToString());
    }

    private static Bilingual MonthlyCounts(Random random, DateOnly date)
    {
        var th = Header("เดือน", "เรื่องที่ได้รับ", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ");
        var en = Header("Month", "Received", "Completed", "In progress");
        var start = FiscalYear.Containing(date).Start;
        for (var month = 0; month < 6; month++)
        {
            var day = start.AddMonths(month);
            var received = random.Next(0, 40);
            var completed = received - random.Next(0, Math.Min(received, 5) + 1);
            var counts = new[] { received, completed, received - completed }.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
            Row(th, [ThaiDateFormat.MonthYear(day, Languages.Thai), .. counts]);
            Row(en, [ThaiDateFormat.MonthYear(day, Languages.English), .. counts]);
        }

        return new(th.ToString(), en.ToString());
    }

    private static StringBuilder Header(params string[] columns)
    {
        var table = new StringBuilder();
        Row(table, columns);
        return table.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns.Length))).Append('\n');
    }

    private static void Row(StringBuilder table, params string[] cells) =>
        table.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
