using Transparency.Generator.Model;
using Transparency.Generator.Model.Complaints;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>A line of a complaint table: a month, a channel, a category or the total, with its counts; a month may be not yet reported.</summary>
internal sealed record ComplaintLineView(string Name, bool Reported, string Received, string Completed, string InProgress, string Note);

/// <summary>The same complaints split one way (by channel or by category).</summary>
internal sealed record ComplaintBreakdownView(string Id, string Caption, string Heading, IReadOnlyList<ComplaintLineView> Lines);

/// <summary>One type of complaint over the fiscal year: month by month, then by channel and category.</summary>
internal sealed record ComplaintTypeView(
    string Code, string Heading, bool NoneInPeriod, string NoneText, IReadOnlyList<ComplaintLineView> Months, ComplaintLineView Total,
    IReadOnlyList<ComplaintBreakdownView> Breakdowns);

/// <summary>A fiscal year's complaint statistics: corruption and misconduct first, then general complaints.</summary>
internal sealed record ComplaintStatisticsView(string FiscalYear, IReadOnlyList<ComplaintTypeView> Types, IReadOnlyDictionary<string, string> Headings, IReadOnlyList<DownloadView> Downloads);

/// <summary>
/// Builds the complaint statistics page in one language. A month is reported once the file has a row for it; a type
/// with no rows in a reported month had no complaints, and the page says so in words rather than leaving a zero.
/// </summary>
internal static class ComplaintViews
{
    private static readonly string[] Breakdowns = ["channel", "category"];

    public static ComplaintStatisticsView Statistics(DataFile<ComplaintRow> file, UiStrings strings, string language, UrlScheme urls)
    {
        var year = file.FiscalYear!.Value;
        var months = Enumerable.Range(0, 12).Select(i => year.Start.AddMonths(i)).ToList();
        var reported = file.Rows.Select(r => r.Month).ToHashSet();
        var types = file.Schema.Column("type").Choices.Select(type =>
        {
            var rows = file.Rows.Where(r => r.Type == type.Code).ToList();
            string Text(string key) => strings.Get(language, $"complaints.{type.Code}.{key}");
            var none = Text("none_month");
            return new ComplaintTypeView(
                type.Code,
                Text("heading"),
                reported.Count > 0 && rows.Sum(r => r.Received) == 0,
                Text("none_period"),
                months.Select(m => reported.Contains(m)
                    ? Line(ThaiDateFormat.MonthYear(m, language), rows.Where(r => r.Month == m).ToList(), none)
                    : new ComplaintLineView(ThaiDateFormat.MonthYear(m, language), false, string.Empty, string.Empty, string.Empty, strings.Get(language, "complaints.not_reported"))).ToList(),
                Line(strings.Get(language, "complaints.total"), rows, string.Empty),
                Breakdowns.Select(key => Breakdown(file.Schema, type.Code, key, rows, strings, language)).Where(b => b.Lines.Count > 0).ToList());
        }).ToList();
        return new ComplaintStatisticsView(ThaiDateFormat.FiscalYearName(year, language), types, file.Schema.Headings(language), [DownloadView.Of(file, language, urls)]);
    }

    private static ComplaintBreakdownView Breakdown(DatasetSchema schema, string type, string key, List<ComplaintRow> rows, UiStrings strings, string language)
    {
        Func<ComplaintRow, string> value = key == "channel" ? r => r.Channel : r => r.Category;
        var lines = schema.Column(key).Choices
            .Select(choice => (choice, rows: rows.Where(r => value(r) == choice.Code && r.Received > 0).ToList()))
            .Where(c => c.rows.Count > 0)
            .Select(c => Line(c.choice.In(language), c.rows, string.Empty))
            .ToList();
        return new ComplaintBreakdownView($"complaints-{type}-{key}", strings.Get(language, $"complaints.by_{key}"), schema.Headings(language)[key], lines);
    }

    private static ComplaintLineView Line(string name, List<ComplaintRow> rows, string noneNote)
    {
        var received = rows.Sum(r => r.Received);
        return new ComplaintLineView(
            name, true, Figures.Count(received), Figures.Count(rows.Sum(r => r.Completed)), Figures.Count(rows.Sum(r => r.InProgress)), received == 0 ? noneNote : string.Empty);
    }
}
