using Transparency.Generator.Model.Complaints;
using Transparency.Generator.Model.Budget;
using Transparency.Generator.Model.People;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Model.Services;

namespace Transparency.Generator.Model.Data;

/// <summary>
/// Makes the pages of every dataset, then joins each with a Markdown page staff wrote at the same address (its text and
/// front matter, such as an annual report's problems and suggestions, shown with the data), and adds a page for each
/// fiscal year that holds data pages, so every address above a data page exists.
/// </summary>
internal static class DataPages
{
    /// <summary>One maker per kind of data page; each gives pages keyed by fiscal year, which never change once published.</summary>
    private static readonly IReadOnlyList<Func<DataStore, UiStrings, IEnumerable<Page>>> Makers =
    [
        Structure.StructurePages.Create,
        ProcurementPages.Create,
        (data, strings) => FiscalYearFilePages.Create<PlanRow>(data, PlanRow.Dataset, ProcurementPages.Section, "plan", "procurement-plan", "procurement.plan.title", strings),
        (data, strings) => FiscalYearFilePages.Create<AnnouncementRow>(data, AnnouncementRow.Dataset, ProcurementPages.Section, "announcements", "procurement-announcements", "procurement.announcements.title", strings),
        ProcurementReport.Create,
        ServicePages.Create,
        ComplaintPages.Create,
        BudgetPages.Create,
        PeoplePages.Create,
        DatasetPages.Create,
    ];

    public static IReadOnlyList<Page> Create(DataStore data, UiStrings strings, IReadOnlyList<Page> written)
    {
        var writtenByKey = written.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var made = Makers.SelectMany(make => make(data, strings)).Select(p => writtenByKey.TryGetValue(p.Key, out var text) ? Join(p, text) : p).ToList();
        var madeKeys = made.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var result = written.Where(p => !madeKeys.Contains(p.Key)).Concat(made).ToList();
        result.AddRange(FiscalYearPages.AddMissingParents(result));
        return result;
    }

    // The staff's text and title win; the data page's layout, OIT codes, fiscal year and date fill what they left out.
    private static Page Join(Page made, Page written) => made with
    {
        Versions = written.Versions.ToDictionary(
            v => v.Key,
            v => v.Value with { FrontMatter = v.Value.FrontMatter.FilledFrom(made.In(v.Key).FrontMatter), Date = v.Value.Date ?? made.In(v.Key).Date },
            StringComparer.Ordinal),
    };
}
