using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.Services;

/// <summary>
/// The pages of the service datasets, by fiscal year: <c>/LANG/services/2570/statistics/</c> (requests per month and
/// service, O15) and <c>/LANG/services/2569/satisfaction/</c> (survey results, O16).
/// </summary>
internal static class ServicePages
{
    public const string Section = "services";

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings) =>
        FiscalYearFilePages.Create<ServiceCountRow>(data, ServiceCountRow.Dataset, Section, "statistics", "service-statistics", "services.statistics.title", strings)
            .Concat(FiscalYearFilePages.Create<SatisfactionRow>(data, SatisfactionRow.Dataset, Section, "satisfaction", "service-satisfaction", "services.satisfaction.title", strings));
}
