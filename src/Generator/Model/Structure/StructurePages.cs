using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.Structure;

/// <summary>
/// Makes the organisation chart at <c>/LANG/structure/</c> and the executives at <c>/LANG/structure/executives/</c> from
/// the structure files; the structure is standing information, so the addresses carry no year.
/// </summary>
internal static class StructurePages
{
    public const string ChartKey = "structure";
    public const string ExecutivesKey = "structure/executives";

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings)
    {
        var unitFiles = data.Of<UnitRow>(UnitRow.Dataset);
        var positionFiles = data.Of<PositionRow>(PositionRow.Dataset);
        if (unitFiles.Count == 0)
        {
            yield break;
        }

        var organisation = new Organisation(unitFiles.SelectMany(f => f.Rows).ToList(), positionFiles.SelectMany(f => f.Rows).ToList());
        var changed = unitFiles.Concat<DataFile>(positionFiles).Max(f => f.Modified);
        yield return GeneratedPage.Make(ChartKey, "org-chart", new OrganisationChart(organisation), changed, ["O1"], null, l => strings.Get(l, "structure.chart.title"));
        if (organisation.Positions.Any(p => p.Executive == "yes"))
        {
            yield return GeneratedPage.Make(ExecutivesKey, "executives", new ExecutiveList(organisation), changed, ["O2"], null, l => strings.Get(l, "structure.executives.title"));
        }
    }
}
