using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.Budget;

/// <summary>Which report of a fiscal year's budget a page shows.</summary>
internal enum BudgetStage
{
    /// <summary>The spending plan (O18): the budget by programme and expense category.</summary>
    Plan,

    /// <summary>The six-month report (O19): disbursed from 1 October to 31 March against the budget.</summary>
    HalfYear,

    /// <summary>The annual report (O20): disbursed in the whole year, carried over and left.</summary>
    YearEnd,
}

/// <summary>A fiscal year's budget file seen as one of its reports.</summary>
internal sealed record BudgetReport(FiscalYear FiscalYear, DataFile<BudgetRow> File, BudgetStage Stage)
{
    /// <summary>What was disbursed at this stage; zero for the plan.</summary>
    public decimal Disbursed(BudgetRow row) => Stage switch
    {
        BudgetStage.HalfYear => row.DisbursedHalf ?? 0,
        BudgetStage.YearEnd => row.DisbursedYear ?? 0,
        _ => 0,
    };
}

/// <summary>
/// Makes a fiscal year's budget pages from its file: <c>budget/2570/plan</c> always, <c>budget/2570/six-month</c> once the
/// amounts disbursed by 31 March are filled in, and <c>budget/2570/report</c> once the year's amounts are. Staff write
/// the narrative, such as problems and suggestions, at the same address in Markdown.
/// </summary>
internal static class BudgetPages
{
    public const string Section = "budget";

    private static readonly (BudgetStage Stage, string Name, string Layout, string Oit, Func<BudgetRow, bool> Ready)[] Stages =
    [
        (BudgetStage.Plan, "plan", "budget-plan", "O18", _ => true),
        (BudgetStage.HalfYear, "six-month", "budget-spending", "O19", r => r.DisbursedHalf is not null),
        (BudgetStage.YearEnd, "report", "budget-spending", "O20", r => r.DisbursedYear is not null),
    ];

    public static string Key(FiscalYear year, BudgetStage stage) => $"{Section}/{year}/{Stages.First(s => s.Stage == stage).Name}";

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings) =>
        from file in data.Of<BudgetRow>(BudgetRow.Dataset).Where(f => f.Rows.Count > 0).Reverse()
        from stage in Stages
        where file.Rows.All(stage.Ready)
        let report = new BudgetReport(file.FiscalYear!.Value, file, stage.Stage)
        select GeneratedPage.Make(Key(report.FiscalYear, stage.Stage), stage.Layout, report, file.Modified, [stage.Oit], report.FiscalYear, GeneratedPage.YearTitle(strings, $"budget.{stage.Name}.title", report.FiscalYear));
}
