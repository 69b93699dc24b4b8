using Transparency.Generator.Model;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>Contracts of one method: how many, their share, budget, agreed value, its share and the saving.</summary>
internal sealed record MethodResultView(string Method, int Count, string CountShare, string Budget, string Agreed, string ValueShare, string Saving);

/// <summary>A month of the year in the report, linking to its summary.</summary>
internal sealed record MonthResultView(string Month, string Url, int Count, string Agreed);

/// <summary>A plan item and what became of it: the contract, the month it was signed, whether later than planned.</summary>
internal sealed record PlanOutcomeView(int Number, string Item, string Budget, string PlannedMonth, string? Contract, string? SignedMonth, bool Late);

/// <summary>The annual procurement report: results by method and month, and the plan compared with what was done.</summary>
internal sealed record ProcurementReportView(
    string FiscalYear, int Count, string Budget, string Agreed, string Saving, string SavingShare,
    IReadOnlyList<MethodResultView> ByMethod, IReadOnlyList<MonthResultView> ByMonth,
    int Planned, string PlannedBudget, int CarriedOut, int OnTime, IReadOnlyList<PlanOutcomeView> Plan, IReadOnlyList<DownloadView> Downloads);

/// <summary>Builds the annual procurement report from the monthly summaries and the plan of the same fiscal year.</summary>
internal static class ProcurementReportViews
{
    public static ProcurementReportView Report(ProcurementReport report, Site site, string language, UrlScheme urls)
    {
        var contracts = report.Contracts.ToList();
        var (budget, agreed) = (contracts.Sum(c => c.Budget), contracts.Sum(c => c.Winner.Price));
        var signed = contracts.GroupBy(c => c.Contract.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Contract.Date, StringComparer.Ordinal);
        var outcomes = report.Plan.OrderBy(p => p.Number).Select(p => Outcome(p, signed, language)).ToList();
        var schema = report.Months[0].Schema;
        return new ProcurementReportView(
            ThaiDateFormat.FiscalYearName(report.FiscalYear, language),
            contracts.Count,
            Figures.Money(budget),
            Figures.Money(agreed),
            Figures.Money(budget - agreed),
            Figures.Percent(budget - agreed, budget),
            contracts.GroupBy(c => c.Method).OrderByDescending(g => g.Count()).Select(g => new MethodResultView(
                Figures.Choice(schema, "method", g.Key, language),
                g.Count(),
                Figures.Percent(g.Count(), contracts.Count),
                Figures.Money(g.Sum(c => c.Budget)),
                Figures.Money(g.Sum(c => c.Winner.Price)),
                Figures.Percent(g.Sum(c => c.Winner.Price), agreed),
                Figures.Money(g.Sum(c => c.Budget - c.Winner.Price)))).ToList(),
            report.Months.Select(m => new MonthResultView(
                ThaiDateFormat.MonthYear(m.Month!.Value, language),
                urls.Page(language, ProcurementPages.MonthKey(m.Month!.Value)),
                m.Rows.Count,
                Figures.Money(m.Rows.Sum(r => r.Winner.Price)))).ToList(),
            outcomes.Count,
            Figures.Money(report.Plan.Sum(p => p.Budget)),
            outcomes.Count(o => o.Contract is not null),
            outcomes.Count(o => o.Contract is not null && !o.Late),
            outcomes,
            report.Months.Select(m => DownloadView.Of(m, language, urls)).ToList());
    }

    // A contract signed after the end of the planned month is late; the plan names the month procurement starts.
    private static PlanOutcomeView Outcome(PlanRow item, Dictionary<string, DateOnly> signed, string language)
    {
        var found = item.Contract.Length > 0 && signed.TryGetValue(item.Contract, out var date) ? date : (DateOnly?)null;
        return new PlanOutcomeView(
            item.Number,
            Shown.Of(item.Item, item.ItemEnglish, language).Text,
            Figures.Money(item.Budget),
            ThaiDateFormat.MonthYear(item.Month, language),
            found is null ? null : item.Contract,
            found is { } month ? ThaiDateFormat.MonthYear(month, language) : null,
            found is { } when && when > item.Month.AddMonths(1).AddDays(-1));
    }
}
