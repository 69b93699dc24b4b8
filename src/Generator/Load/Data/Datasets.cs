using Transparency.Generator.Model.Complaints;
using Transparency.Generator.Model.Budget;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.People;
using Transparency.Generator.Model.Procurement;
using Transparency.Generator.Model.Structure;
using Transparency.Generator.Model.Services;

namespace Transparency.Generator.Load.Data;

/// <summary>The datasets staff keep in <c>input/data/</c>, each with its row type, class map and own rules.</summary>
internal static class Datasets
{
    /// <summary>A fresh set of readers; each remembers the files it read.</summary>
    public static IReadOnlyList<Dataset> Create() =>
    [
        new Dataset<UnitRow, UnitRowMap>(),
        new Dataset<PositionRow, PositionRowMap>(PositionRowRules.Check),
        new Dataset<PlanRow, PlanRowMap>(),
        new Dataset<AnnouncementRow, AnnouncementRowMap>(),
        new Dataset<ProcurementRow, ProcurementRowMap>(ProcurementRowRules.Check),
        new Dataset<ServiceCountRow, ServiceCountRowMap>(),
        new Dataset<SatisfactionRow, SatisfactionRowMap>(),
        new Dataset<ComplaintRow, ComplaintRowMap>(ComplaintRowRules.Check),
        new Dataset<BudgetRow, BudgetRowMap>(BudgetRowRules.Check),
        new Dataset<HeadcountRow, HeadcountRowMap>(HeadcountRowRules.Check),
        new Dataset<HrActionRow, HrActionRowMap>(HrActionRowRules.Check),
    ];

    /// <summary>Reads every dataset and checks references between them.</summary>
    public static DataStore ReadAll(string inputRoot, List<InputError> errors)
    {
        var datasets = Create();
        foreach (var dataset in datasets)
        {
            dataset.Read(inputRoot, errors);
        }

        DataReferences.Check(datasets, errors);
        PlanContracts.Check(datasets, errors);
        return new DataStore(datasets.SelectMany(d => d.Files).ToList());
    }
}
