using System.Globalization;
using System.Text;
using Transparency.Generator.Model;

namespace Transparency.Bench;

/// <summary>One generated page pair: its key, title, the two Markdown files, and the document it publishes, if any.</summary>
internal sealed record SyntheticPage(string Key, Bilingual Title, Bilingual Files, SyntheticDocument? Document)
{
    /// <summary>The content spec allows nothing dated after the day before "today" (29 November 2026).</summary>
    public static readonly DateOnly LastDate = new(2026, 11, 28);

    private static readonly int[] FiscalYears = [2566, 2567, 2568, 2569, 2570];

    // The current fiscal year has only two months behind it, so it holds far fewer pages than the full years.
    private static readonly int[] FiscalYearWeights = [10, 10, 10, 10, 3];

    public static SyntheticPage Create(Random random, int sequence, SectionPlan section, bool withDocument)
    {
        var fiscalYear = new FiscalYear(FiscalYears[Weighted(random, FiscalYearWeights)]);
        var last = fiscalYear.End < LastDate ? fiscalYear.End : LastDate;
        var date = fiscalYear.Start.AddDays(random.Next(last.DayNumber - fiscalYear.Start.DayNumber + 1));
        var kind = PageFacts.Pick(random, section.Kinds);
        var facts = PageFacts.Draw(random, section, date);
        var stem = string.Create(CultureInfo.InvariantCulture, $"{kind.Slug}-{fiscalYear}-{sequence:00000}");
        var title = facts.Fill(kind.Title);
        facts.Set("{title}", title);
        var codes = section.Oit.Length > 1 && random.Next(4) == 0
            ? section.Oit.OrderBy(_ => random.Next()).Take(2).Order(StringComparer.Ordinal).ToArray()
            : [PageFacts.Pick(random, section.Oit)];
        var document = withDocument
            ? SyntheticDocument.Create($"{section.Key}-{stem}.pdf", title, date, fiscalYear, codes)
            : null;
        facts.Set("{document}", new(document?.FileName ?? string.Empty, document?.FileName ?? string.Empty));
        var frontMatter = new Bilingual(
            FrontMatter(title.Th, facts.Fill(Phrases.Description.Th, Languages.Thai), codes, fiscalYear, date, facts.Unit.Th),
            FrontMatter(title.En, facts.Fill(Phrases.Description.En, Languages.English), codes, fiscalYear, date, facts.Unit.En));
        var body = Body(random, section, facts, date, document is not null);
        return new SyntheticPage($"{section.Key}/{stem}", title, new(frontMatter.Th + body.Th, frontMatter.En + body.En), document);
    }

    /// <summary>Returns an index into <paramref name="weights"/>, each chosen in proportion to its weight.</summary>
    public static int Weighted(Random random, int[] weights)
    {
        var draw = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public static string BuddhistIsoDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{BuddhistEra.FromChristian(date.Year)}-{date.Month:00}-{date.Day:00}");

    private static string FrontMatter(string title, string description, string[] codes, FiscalYear fiscalYear, DateOnly date, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {title}
            description: {description}
            oit: [{string.Join(", ", codes)}]
            fiscal_year: {fiscalYear}
            date: {BuddhistIsoDate(date)}
            unit: {unit}
            ---

            """);

    private static Bilingual Body(Random random, SectionPlan section, PageFacts facts, DateOnly date, bool withDocument)
    {
        var sentences = Enumerable.Range(0, Phrases.Sentences.Length).OrderBy(_ => random.Next()).ToList();
        var blocks = new List<Bilingual>
        {
            Paragraph(sentences.Take(3)),
            Heading("## ", PageFacts.Pick(random, Phrases.Headings)),
            Paragraph(sentences.Skip(3).Take(random.Next(2, 4))),
            SyntheticTables.Create(section.Table, random, facts, date),
            Heading("### ", PageFacts.Pick(random, Phrases.Subheadings)),
            Paragraph(sentences.Skip(6).Take(1), withDocument ? [Phrases.SectionLink, Phrases.DocumentLink] : [Phrases.SectionLink]),
        };
        if (random.Next(2) == 0)
        {
            blocks.Add(Heading("## ", Phrases.ProblemsHeading));
            blocks.Add(List(Phrases.Problems.OrderBy(_ => random.Next()).Take(random.Next(2, 4))));
        }

        var text = blocks.Select(facts.Fill).ToList();
        return new(Join(text.Select(b => b.Th)), Join(text.Select(b => b.En)));

        Bilingual Paragraph(IEnumerable<int> picked, Bilingual[]? extra = null)
        {
            var parts = picked.Select(i => Phrases.Sentences[i]).Concat(extra ?? []).ToList();
            return new(string.Join(' ', parts.Select(p => p.Th)), string.Join(' ', parts.Select(p => p.En)));
        }
    }

    private static Bilingual Heading(string marker, Bilingual text) => new(marker + text.Th, marker + text.En);

    private static Bilingual List(IEnumerable<Bilingual> items)
    {
        var list = items.ToList();
        return new(string.Concat(list.Select(i => $"- {i.Th}\n")), string.Concat(list.Select(i => $"- {i.En}\n")));
    }

    private static string Join(IEnumerable<string> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            text.Append(block.TrimEnd('\n')).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }
}
