using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>An item of the procurement plan in one language.</summary>
internal sealed record PlanItemView(int Number, string Item, bool ItemInThai, string Budget, string Programme, string Category, string Method, string Month, string Unit, string Contract);

/// <summary>A line of a summary table: what is counted, how many and how much.</summary>
internal sealed record TallyView(string Label, int Count, string Amount, string Share);

/// <summary>The plan of a fiscal year: its items and their totals by method and by planned month.</summary>
internal sealed record PlanView(IReadOnlyList<PlanItemView> Items, string Total, int Count, IReadOnlyList<TallyView> ByMethod, IReadOnlyList<TallyView> ByMonth, IReadOnlyList<DownloadView> Downloads);

/// <summary>Builds the view of the procurement plan page.</summary>
internal static class ProcurementPlanViews
{
    public static PlanView Plan(DataFile<PlanRow> file, Site site, string language, UrlScheme urls)
    {
        var rows = file.Rows.OrderBy(r => r.Number).ToList();
        var total = rows.Sum(r => r.Budget);
        var schema = file.Schema;
        return new PlanView(
            rows.Select(r => Item(r, schema, site, language)).ToList(),
            Figures.Money(total),
            rows.Count,
            Tally(rows, r => r.Method, code => Figures.Choice(schema, "method", code, language), total),
            rows.GroupBy(r => r.Month).OrderBy(g => g.Key).Select(g => new TallyView(ThaiDateFormat.MonthYear(g.Key, language), g.Count(), Figures.Money(g.Sum(r => r.Budget)), Figures.Percent(g.Sum(r => r.Budget), total))).ToList(),
            [DownloadView.Of(file, language, urls)]);
    }

    /// <summary>Counts and sums rows by a choice column, largest amount first.</summary>
    public static List<TallyView> Tally(IEnumerable<PlanRow> rows, Func<PlanRow, string> key, Func<string, string> label, decimal total) =>
        rows.GroupBy(key).OrderByDescending(g => g.Sum(r => r.Budget))
            .Select(g => new TallyView(label(g.Key), g.Count(), Figures.Money(g.Sum(r => r.Budget)), Figures.Percent(g.Sum(r => r.Budget), total)))
            .ToList();

    private static PlanItemView Item(PlanRow row, DatasetSchema schema, Site site, string language)
    {
        var shown = Shown.Of(row.Item, row.ItemEnglish, language);
        return new PlanItemView(
            row.Number,
            shown.Text,
            shown.InThai,
            Figures.Money(row.Budget),
            row.Programme,
            Figures.Choice(schema, "category", row.Category, language),
            Figures.Choice(schema, "method", row.Method, language),
            ThaiDateFormat.MonthYear(row.Month, language),
            UnitNames.In(site, row.Unit, language),
            row.Contract);
    }
}
