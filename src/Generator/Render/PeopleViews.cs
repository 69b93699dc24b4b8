using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.People;
using Transparency.Generator.Render.Charts;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>The headcount page in one language: totals, the chart of positions against people in post, and the tables.</summary>
internal sealed record HeadcountView(string Positions, string Filled, string Vacant, string Chart, TableView ByType, TableView ByUnit, TableView Vacancies, IReadOnlyList<DownloadView> Downloads);

/// <summary>One HR action as listed, with the policy items it carries out; participants and cost are empty when none.</summary>
internal sealed record HrActionView(
    string Number, string Date, string IsoDate, string Kind, string Title, bool TitleInThai, string Policy, string Unit, string Participants, string Result, string Cost);

/// <summary>The HR actions page (O26) in one language.</summary>
internal sealed record HrActionsView(IReadOnlyList<HrActionView> Rows, string Chart, TableView ByKind, string? PolicyUrl, IReadOnlyList<DownloadView> Downloads);

/// <summary>The annual HR report (O28) in one language: the year's figures, with links to the pages holding every row.</summary>
internal sealed record HrReportView(string? Chart, TableView? ByType, TableView? ByKind, IReadOnlyList<LinkView> Related);

/// <summary>Builds the views of the staff pages from a fiscal year's headcount and actions files.</summary>
internal static class PeopleViews
{
    public static HeadcountView Headcount(PeopleYear year, Site site, string language, UrlScheme urls)
    {
        var file = year.Headcount!;
        var (rows, schema, text) = (file.Rows, file.Schema, Figures.Strings(site, language));
        var types = Figures.Present(schema, "staff_type", rows.Select(r => r.StaffType));
        var units = rows.Select(r => r.Unit).Distinct(StringComparer.Ordinal).ToList();
        var byUnit = new TableView(
            "headcount-by-unit",
            text("people.headcount.by_unit"),
            [Figures.Heading(schema, "unit", language), .. types.Select(t => Figures.Choice(schema, "staff_type", t, language)), text("people.total")],
            units.Select(unit =>
            {
                var group = rows.Where(r => r.Unit == unit).ToList();
                var (label, lang) = UnitName(group[0], language);
                return new TableRowView(label, lang, [.. types.Select(t => Figures.Count(group.Where(r => r.StaffType == t).Sum(r => r.Filled))), Figures.Count(group.Sum(r => r.Filled))]);
            }).ToList(),
            new TableRowView(text("people.total"), null, [.. types.Select(t => Figures.Count(rows.Where(r => r.StaffType == t).Sum(r => r.Filled))), Figures.Count(rows.Sum(r => r.Filled))]));
        var vacancies = new TableView(
            "headcount-vacancies",
            text("people.headcount.vacancies"),
            [Figures.Heading(schema, "unit", language), text("people.vacant")],
            rows.Where(r => r.Vacant > 0).Select(r =>
            {
                var (label, lang) = UnitName(r, language);
                return new TableRowView($"{label} – {Figures.Choice(schema, "staff_type", r.StaffType, language)}", lang, [Figures.Count(r.Vacant)]);
            }).ToList(),
            new TableRowView(text("people.total"), null, [Figures.Count(rows.Sum(r => r.Vacant))]));
        return new HeadcountView(
            Figures.Count(rows.Sum(r => r.Positions)),
            Figures.Count(rows.Sum(r => r.Filled)),
            Figures.Count(rows.Sum(r => r.Vacant)),
            StaffChart(file, site, language),
            ByType(file, language, text),
            byUnit,
            vacancies,
            [DownloadView.Of(file, language, urls)]);
    }

    public static HrActionsView Actions(PeopleYear year, Site site, string language, UrlScheme urls)
    {
        var file = year.Actions!;
        var schema = file.Schema;
        var rows = file.Rows.OrderBy(r => r.Number).Select(r =>
        {
            var title = Shown.Of(r.Title, r.TitleEnglish, language);
            return new HrActionView(
                r.Number.ToString(CultureInfo.InvariantCulture),
                ThaiDateFormat.Abbreviated(r.Date, language),
                r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Figures.Choice(schema, "kind", r.Kind, language),
                title.Text,
                title.InThai,
                r.Policy,
                r.Unit,
                r.Participants is { } people ? Figures.Count(people) : string.Empty,
                r.Result,
                r.Cost is > 0 ? Figures.Baht(r.Cost.Value) : string.Empty);
        }).ToList();
        var policy = site.Find(PeoplePages.PolicyKey) is null ? null : urls.Page(language, PeoplePages.PolicyKey);
        return new HrActionsView(rows, KindChart(file, site, language), ByKind(file, language, Figures.Strings(site, language)), policy, [DownloadView.Of(file, language, urls)]);
    }

    public static HrReportView Report(PeopleYear year, Site site, string language, UrlScheme urls)
    {
        var text = Figures.Strings(site, language);
        var related = new[] { "headcount", "actions" }
            .Select(name => site.Find(PeoplePages.Key(year.FiscalYear, name)))
            .OfType<Page>()
            .Select(p => new LinkView(p.In(language).FrontMatter.Title, urls.Page(language, p.Key)))
            .ToList();
        return new HrReportView(
            year.Headcount is { } counted ? StaffChart(counted, site, language) : null,
            year.Headcount is { } headcount ? ByType(headcount, language, text) : null,
            year.Actions is { } actions ? ByKind(actions, language, text) : null,
            related);
    }

    private static TableView ByType(DataFile<HeadcountRow> file, string language, Func<string, string> text)
    {
        var (rows, schema) = (file.Rows, file.Schema);
        TableRowView Row(string label, IReadOnlyList<HeadcountRow> group) =>
            new(label, null, [Figures.Count(group.Sum(r => r.Positions)), Figures.Count(group.Sum(r => r.Filled)), Figures.Count(group.Sum(r => r.Vacant))]);
        return new TableView(
            "headcount-by-type",
            text("people.headcount.by_type"),
            [Figures.Heading(schema, "staff_type", language), Figures.Heading(schema, "positions", language), Figures.Heading(schema, "filled", language), text("people.vacant")],
            Figures.Present(schema, "staff_type", rows.Select(r => r.StaffType)).Select(t => Row(Figures.Choice(schema, "staff_type", t, language), rows.Where(r => r.StaffType == t).ToList())).ToList(),
            Row(text("people.total"), rows));
    }

    private static TableView ByKind(DataFile<HrActionRow> file, string language, Func<string, string> text)
    {
        var (rows, schema) = (file.Rows, file.Schema);
        TableRowView Row(string label, IReadOnlyList<HrActionRow> group) =>
            new(label, null, [Figures.Count(group.Count), Figures.Count(group.Sum(r => r.Participants ?? 0)), Figures.BahtOrNone(group.Sum(r => r.Cost ?? 0))]);
        return new TableView(
            "actions-by-kind",
            text("people.actions.by_kind"),
            [Figures.Heading(schema, "kind", language), text("people.actions.count"), Figures.Heading(schema, "participants", language), Figures.Heading(schema, "cost", language)],
            Figures.Present(schema, "kind", rows.Select(r => r.Kind)).Select(k => Row(Figures.Choice(schema, "kind", k, language), rows.Where(r => r.Kind == k).ToList())).ToList(),
            Row(text("people.total"), rows));
    }

    private static string StaffChart(DataFile<HeadcountRow> file, Site site, string language)
    {
        var (rows, schema) = (file.Rows, file.Schema);
        var types = Figures.Present(schema, "staff_type", rows.Select(r => r.StaffType));
        var labels = types.Select(t => Figures.Choice(schema, "staff_type", t, language)).ToList();
        var positions = types.Select(t => (decimal)rows.Where(r => r.StaffType == t).Sum(r => r.Positions)).ToList();
        var filled = types.Select(t => (decimal)rows.Where(r => r.StaffType == t).Sum(r => r.Filled)).ToList();
        var (positionsName, filledName) = (Figures.Heading(schema, "positions", language), Figures.Heading(schema, "filled", language));
        var chart = new BarChart(
            site.Strings.Get(language, "people.chart.staff"),
            string.Join("; ", labels.Select((label, i) => $"{label}: {positionsName} {positions[i]}, {filledName} {filled[i]}")) + ".",
            labels,
            [new ChartSeries(positionsName, positions), new ChartSeries(filledName, filled)],
            Figures.ForChart(site, language, value => Figures.Count((int)value)));
        return BarChartSvg.Render(chart, "staff-chart");
    }

    private static string KindChart(DataFile<HrActionRow> file, Site site, string language)
    {
        var (rows, schema) = (file.Rows, file.Schema);
        var kinds = Figures.Present(schema, "kind", rows.Select(r => r.Kind));
        var labels = kinds.Select(k => Figures.Choice(schema, "kind", k, language)).ToList();
        var counts = kinds.Select(k => (decimal)rows.Count(r => r.Kind == k)).ToList();
        var countName = site.Strings.Get(language, "people.actions.count");
        var chart = new BarChart(
            site.Strings.Get(language, "people.chart.actions"),
            string.Join("; ", labels.Select((label, i) => $"{label} {counts[i]}")) + ".",
            labels,
            [new ChartSeries(countName, counts)],
            Figures.ForChart(site, language, value => Figures.Count((int)value)));
        return BarChartSvg.Render(chart, "actions-chart");
    }

    private static (string Name, string? Lang) UnitName(HeadcountRow row, string language) =>
        language == Languages.English && row.UnitEnglish.Length > 0 ? (row.UnitEnglish, null)
        : (row.Unit, language == Languages.English ? Languages.Thai : null);
}
