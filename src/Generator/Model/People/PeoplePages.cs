using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.People;

/// <summary>A fiscal year's staff data: the headcount file and the actions file, either of which may be missing.</summary>
internal sealed record PeopleYear(FiscalYear FiscalYear, DataFile<HeadcountRow>? Headcount, DataFile<HrActionRow>? Actions);

/// <summary>The headcount page's data.</summary>
internal sealed record HeadcountPage(PeopleYear Year);

/// <summary>The HR actions page's data (O26).</summary>
internal sealed record HrActionsPage(PeopleYear Year);

/// <summary>The annual HR report's data (O28), joined with the problems and obstacles staff write.</summary>
internal sealed record HrReportPage(PeopleYear Year);

/// <summary>
/// Makes a fiscal year's staff pages: <c>people/2570/headcount</c>, <c>people/2570/actions</c> and, once a later fiscal
/// year's file shows the year is over, the annual report <c>people/2569/report</c>. The HR policy and criteria stay
/// pages staff write (<c>people/hr-policy</c>), which the actions link to.
/// </summary>
internal static class PeoplePages
{
    public const string Section = "people";
    public const string PolicyKey = "people/hr-policy";

    public static string Key(FiscalYear year, string name) => $"{Section}/{year}/{name}";

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings)
    {
        var headcount = data.Of<HeadcountRow>(HeadcountRow.Dataset).ToDictionary(f => f.FiscalYear!.Value);
        var actions = data.Of<HrActionRow>(HrActionRow.Dataset).ToDictionary(f => f.FiscalYear!.Value);
        var years = headcount.Keys.Union(actions.Keys).OrderByDescending(y => y.BuddhistYear).ToList();
        foreach (var fiscal in years)
        {
            var year = new PeopleYear(fiscal, headcount.GetValueOrDefault(fiscal), actions.GetValueOrDefault(fiscal));
            if (year.Headcount is { } counted)
            {
                yield return GeneratedPage.Make(Key(fiscal, "headcount"), "people-headcount", new HeadcountPage(year), counted.Modified, [], fiscal, GeneratedPage.YearTitle(strings, "people.headcount.title", fiscal));
            }

            if (year.Actions is { } done)
            {
                yield return GeneratedPage.Make(Key(fiscal, "actions"), "people-actions", new HrActionsPage(year), done.Modified, ["O26"], fiscal, GeneratedPage.YearTitle(strings, "people.actions.title", fiscal));
            }

            // The current year's report would be incomplete: it is made once the next year's data has begun.
            if (fiscal != years[0])
            {
                var date = new[] { year.Headcount?.Modified, year.Actions?.Modified }.Max();
                yield return GeneratedPage.Make(Key(fiscal, "report"), "people-report", new HrReportPage(year), date, ["O28"], fiscal, GeneratedPage.YearTitle(strings, "people.report.title", fiscal));
            }
        }
    }
}
