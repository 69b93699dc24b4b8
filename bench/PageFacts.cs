using System.Globalization;
using Transparency.Generator.Model;

namespace Transparency.Bench;

/// <summary>The facts one synthetic page is about, drawn once so that its Thai and English versions say the same thing.</summary>
internal sealed class PageFacts
{
    private readonly Dictionary<string, Bilingual> slots;

    private PageFacts(Dictionary<string, Bilingual> slots, Bilingual unit, long amount)
    {
        this.slots = slots;
        Unit = unit;
        Amount = amount;
    }

    public Bilingual Unit { get; }

    public long Amount { get; }

    public static PageFacts Draw(Random random, SectionPlan section, DateOnly date)
    {
        // Most pages belong to the section's own unit; a third are from another, as divisions publish in each other's sections.
        var unit = random.Next(3) == 0 ? Pick(random, Vocabulary.Units) : Vocabulary.Units[section.Unit];
        var amount = random.Next(50, 25_000) * 100L;
        var paid = amount * random.Next(40, 101) / 100;
        var count = random.Next(20, 600).ToString(CultureInfo.InvariantCulture);
        var fiscalYear = FiscalYear.Containing(date).ToString();
        var slots = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
        {
            ["{org}"] = Vocabulary.Organisation,
            ["{unit}"] = unit,
            ["{village}"] = Pick(random, Vocabulary.Villages),
            ["{project}"] = Pick(random, Vocabulary.Projects),
            ["{service}"] = Pick(random, Vocabulary.Services),
            ["{activity}"] = Pick(random, Vocabulary.Activities),
            ["{position}"] = Pick(random, Vocabulary.Positions),
            ["{contractor}"] = Pick(random, Vocabulary.Contractors),
            ["{amount}"] = Same(Money(amount)),
            ["{amount2}"] = Same(Money(paid)),
            ["{count}"] = Same(count),
            ["{fy}"] = Same(fiscalYear),
            ["{date}"] = new(ThaiDateFormat.Full(date, Languages.Thai), ThaiDateFormat.Full(date, Languages.English)),
            ["{month}"] = new(ThaiDateFormat.MonthYear(date, Languages.Thai), ThaiDateFormat.MonthYear(date, Languages.English)),
            ["{section}"] = section.Name,
            ["{key}"] = Same(section.Key),
        };
        return new PageFacts(slots, unit, amount);
    }

    /// <summary>Adds a slot known only after drawing, such as the page title or its document's file name.</summary>
    public void Set(string slot, Bilingual value) => slots[slot] = value;

    public string Fill(string template, string language)
    {
        var text = template;
        foreach (var (slot, value) in slots)
        {
            text = text.Replace(slot, value.In(language), StringComparison.Ordinal);
        }

        return text;
    }

    public Bilingual Fill(Bilingual template) => new(Fill(template.Th, Languages.Thai), Fill(template.En, Languages.English));

    public static string Money(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Bilingual Same(string text) => new(text, text);
}
