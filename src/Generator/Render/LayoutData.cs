using Transparency.Generator.Model;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>The extra data a built-in layout lists, computed once per language.</summary>
internal static class LayoutData
{
    /// <summary>Layout name → what it lists; the renderer computes each once per language.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Site, string, UrlScheme, object>> ByLayout =
        new Dictionary<string, Func<Site, string, UrlScheme, object>>(StringComparer.Ordinal)
        {
            ["ita"] = ItaMenu.Build,
            ["documents"] = DocumentList.Build,
            ["search"] = SiteIndex.Build,
            ["home"] = LatestNews,
            ["corruption-channel"] = ComplaintChannel.Build,
        };

    /// <summary>The data of a page made from a data file, in one language.</summary>
    public static object? ForPage(Page page, Site site, string language, UrlScheme urls) => page.Data switch
    {
        Model.Data.DataFile<Model.Procurement.ProcurementRow> month => ProcurementViews.Month(month, site, language, urls),
        Model.Data.DataFile<Model.Procurement.PlanRow> plan => ProcurementPlanViews.Plan(plan, site, language, urls),
        Model.Data.DataFile<Model.Procurement.AnnouncementRow> announcements => AnnouncementViews.Announcements(announcements, language, urls),
        Model.Procurement.ProcurementReport report => ProcurementReportViews.Report(report, site, language, urls),
        Model.Structure.OrganisationChart chart => StructureViews.Chart(chart.Organisation, site, language, urls),
        Model.Structure.ExecutiveList executives => StructureViews.Executives(executives.Organisation, site, language, urls),
        Model.Data.DatasetCatalogue catalogue => DatasetViews.Catalogue(catalogue, site, language, urls),
        Model.Data.DatasetEntry dataset => DatasetViews.Dataset(dataset, site, language, urls),
        Model.Procurement.ProcurementYear year => ProcurementViews.Year(year, site, language, urls),
        Model.Data.DataFile<Model.Services.ServiceCountRow> statistics => ServiceViews.Statistics(statistics, language, urls),
        Model.Data.DataFile<Model.Services.SatisfactionRow> survey => ServiceViews.Satisfaction(survey, language, urls),
        Model.Data.DataFile<Model.Complaints.ComplaintRow> complaints => ComplaintViews.Statistics(complaints, site.Strings, language, urls),
        Model.Budget.BudgetReport report => BudgetViews.For(report, site, language, urls),
        Model.People.HeadcountPage headcount => PeopleViews.Headcount(headcount.Year, site, language, urls),
        Model.People.HrActionsPage actions => PeopleViews.Actions(actions.Year, site, language, urls),
        Model.People.HrReportPage report => PeopleViews.Report(report.Year, site, language, urls),
        _ => null,
    };

    private const int HomeNewsCount = 5;

    private static List<ChildView> LatestNews(Site site, string language, UrlScheme urls) => site.ChildrenOf(AtomFeedWriter.Section)
        .Where(p => p.In(language).Date is not null)
        .OrderByDescending(p => p.In(language).Date)
        .Take(HomeNewsCount)
        .Select(p => ChildView.Of(p, language, urls))
        .ToList();
}
