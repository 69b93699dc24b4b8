using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.Procurement;

/// <summary>A fiscal year's procurement as a whole, for the annual report (O24): every month's contracts and the plan.</summary>
internal sealed record ProcurementReport(FiscalYear FiscalYear, IReadOnlyList<DataFile<ProcurementRow>> Months, IReadOnlyList<PlanRow> Plan)
{
    public const string Name = "report";

    public IEnumerable<ProcurementRow> Contracts => Months.SelectMany(m => m.Rows);

    /// <summary>The report of every fiscal year whose twelve monthly summaries are all published.</summary>
    public static IEnumerable<Page> Create(DataStore data, UiStrings strings) => data.Of<ProcurementRow>(ProcurementRow.Dataset)
        .GroupBy(m => m.FiscalYear!.Value)
        .Where(year => year.Count() == 12)
        .Select(year => GeneratedPage.Make(
            $"{ProcurementPages.Section}/{year.Key}/{Name}",
            "procurement-report",
            new ProcurementReport(year.Key, year.OrderBy(m => m.Month).ToList(), data.RowsOf<PlanRow>(PlanRow.Dataset, year.Key)),
            year.Max(m => m.Modified),
            ["O24"],
            year.Key,
            language => strings.Get(language, "procurement.report.title").Replace("{0}", ThaiDateFormat.FiscalYearName(year.Key, language), StringComparison.Ordinal)));
}
