using Transparency.Generator.Model;
using Transparency.Generator.Model.Budget;
using Transparency.Generator.Render.Charts;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>The spending plan in one language: the budget by programme and category, its chart and the year's other reports.</summary>
internal sealed record BudgetPlanView(string Total, string Chart, TableView ByCategory, TableView ByProgramme, IReadOnlyList<DownloadView> Downloads, IReadOnlyList<LinkView> Related);

/// <summary>A six-month or annual report in one language: budget against disbursed, in total, by category and by programme.</summary>
internal sealed record BudgetSpendingView(
    string Period, string Allocated, string Disbursed, string Percent, bool YearEnd, string Chart, TableView ByCategory, TableView ByProgramme,
    IReadOnlyList<DownloadView> Downloads, IReadOnlyList<LinkView> Related);

/// <summary>Builds the views of the budget pages from a fiscal year's budget file.</summary>
internal static class BudgetViews
{
    public static object For(BudgetReport report, Site site, string language, UrlScheme urls) =>
        report.Stage == BudgetStage.Plan ? Plan(report, site, language, urls) : Spending(report, site, language, urls);

    private static BudgetPlanView Plan(BudgetReport report, Site site, string language, UrlScheme urls)
    {
        var (rows, schema) = (report.File.Rows, report.File.Schema);
        var total = rows.Sum(r => r.Allocated);
        var categories = Present(report, "category", r => r.Category);
        var byCategory = categories.Select(c => (Code: c, Amount: rows.Where(r => r.Category == c).Sum(r => r.Allocated))).ToList();
        var text = Figures.Strings(site, language);
        var chart = new BarChart(
            text("budget.chart.plan"),
            Describe(byCategory.Select(c => $"{Figures.Choice(schema, "category", c.Code, language)} {Figures.Baht(c.Amount)}")),
            byCategory.Select(c => Figures.Choice(schema, "category", c.Code, language)).ToList(),
            [new ChartSeries(Figures.Heading(schema, "allocated", language), byCategory.Select(c => c.Amount).ToList())],
            Figures.ForChart(site, language, Figures.Baht));
        var programmeTable = new TableView(
            "budget-by-programme",
            text("budget.by_programme"),
            [Figures.Heading(schema, "programme", language), .. categories.Select(c => Figures.Choice(schema, "category", c, language)), text("budget.total")],
            Present(report, "programme", r => r.Programme).Select(p => new TableRowView(
                Figures.Choice(schema, "programme", p, language),
                null,
                [.. categories.Select(c => Figures.BahtOrNone(rows.Where(r => r.Programme == p && r.Category == c).Sum(r => r.Allocated))), Figures.Baht(rows.Where(r => r.Programme == p).Sum(r => r.Allocated))])).ToList(),
            new TableRowView(text("budget.total"), null, [.. byCategory.Select(c => Figures.Baht(c.Amount)), Figures.Baht(total)]));
        var categoryTable = new TableView(
            "budget-by-category",
            text("budget.by_category"),
            [Figures.Heading(schema, "category", language), Figures.Heading(schema, "allocated", language), text("budget.share")],
            byCategory.Select(c => new TableRowView(Figures.Choice(schema, "category", c.Code, language), null, [Figures.Baht(c.Amount), Figures.Percent(c.Amount, total)])).ToList(),
            new TableRowView(text("budget.total"), null, [Figures.Baht(total), Figures.Percent(total, total)]));
        return new BudgetPlanView(Figures.Baht(total), BarChartSvg.Render(chart, "budget-chart"), categoryTable, programmeTable,
            [DownloadView.Of(report.File, language, urls)], Related(report, site, language, urls));
    }

    private static BudgetSpendingView Spending(BudgetReport report, Site site, string language, UrlScheme urls)
    {
        var (rows, schema) = (report.File.Rows, report.File.Schema);
        var yearEnd = report.Stage == BudgetStage.YearEnd;
        var text = Figures.Strings(site, language);
        var disbursedHeading = Figures.Heading(schema, yearEnd ? "disbursed_year" : "disbursed_half", language);
        string[] headings = [Figures.Heading(schema, "allocated", language), disbursedHeading, text("budget.percent_disbursed"),
            .. yearEnd ? new[] { Figures.Heading(schema, "carried_over", language), text("budget.remaining") } : []];

        TableRowView Row(string label, IReadOnlyList<BudgetRow> group)
        {
            var (allocated, disbursed, carried) = (group.Sum(r => r.Allocated), group.Sum(report.Disbursed), group.Sum(r => r.CarriedOver ?? 0));
            return new TableRowView(label, null, [Figures.Baht(allocated), Figures.BahtOrNone(disbursed), Figures.Percent(disbursed, allocated),
                .. yearEnd ? new[] { Figures.BahtOrNone(carried), Figures.BahtOrNone(allocated - disbursed - carried) } : []]);
        }

        TableView Table(string id, string key, Func<BudgetRow, string> code) => new(
            id,
            text($"budget.{id}"),
            [Figures.Heading(schema, key, language), .. headings],
            Present(report, key, code).Select(c => Row(Figures.Choice(schema, key, c, language), rows.Where(r => code(r) == c).ToList())).ToList(),
            Row(text("budget.total"), rows));

        var categories = Present(report, "category", r => r.Category);
        var labels = categories.Select(c => Figures.Choice(schema, "category", c, language)).ToList();
        var allocated = categories.Select(c => rows.Where(r => r.Category == c).Sum(r => r.Allocated)).ToList();
        var disbursed = categories.Select(c => rows.Where(r => r.Category == c).Sum(report.Disbursed)).ToList();
        var chart = new BarChart(
            text(yearEnd ? "budget.chart.year" : "budget.chart.half"),
            Describe(labels.Select((label, i) => $"{label}: {Figures.Heading(schema, "allocated", language)} {Figures.Baht(allocated[i])}, {disbursedHeading} {Figures.Baht(disbursed[i])}")),
            labels,
            [new ChartSeries(Figures.Heading(schema, "allocated", language), allocated), new ChartSeries(disbursedHeading, disbursed)],
            Figures.ForChart(site, language, Figures.Baht));
        var (totalAllocated, totalDisbursed) = (rows.Sum(r => r.Allocated), rows.Sum(report.Disbursed));
        var end = yearEnd ? report.FiscalYear.End : report.FiscalYear.FirstHalfEnd;
        return new BudgetSpendingView(
            $"{ThaiDateFormat.Full(report.FiscalYear.Start, language)} – {ThaiDateFormat.Full(end, language)}",
            Figures.Baht(totalAllocated),
            Figures.Baht(totalDisbursed),
            Figures.Percent(totalDisbursed, totalAllocated),
            yearEnd,
            BarChartSvg.Render(chart, "budget-chart"),
            Table("spending_by_category", "category", r => r.Category),
            Table("spending_by_programme", "programme", r => r.Programme),
            [DownloadView.Of(report.File, language, urls)],
            Related(report, site, language, urls));
    }

    private static List<string> Present(BudgetReport report, string key, Func<BudgetRow, string> code) =>
        Figures.Present(report.File.Schema, key, report.File.Rows.Select(code));

    /// <summary>The year's other budget pages that exist, such as the plan from a report.</summary>
    private static List<LinkView> Related(BudgetReport report, Site site, string language, UrlScheme urls) =>
        Enum.GetValues<BudgetStage>()
            .Where(s => s != report.Stage)
            .Select(s => site.Find(BudgetPages.Key(report.FiscalYear, s)))
            .OfType<Page>()
            .Select(p => new LinkView(p.In(language).FrontMatter.Title, urls.Page(language, p.Key)))
            .ToList();

    private static string Describe(IEnumerable<string> parts) => string.Join("; ", parts) + ".";
}
