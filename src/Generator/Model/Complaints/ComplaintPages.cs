using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Model.Complaints;

/// <summary>The complaint statistics of each fiscal year (O31), at <c>/LANG/complaints/2570/statistics/</c>.</summary>
internal static class ComplaintPages
{
    public const string Section = "complaints";

    public static IEnumerable<Page> Create(DataStore data, UiStrings strings) =>
        FiscalYearFilePages.Create<ComplaintRow>(data, ComplaintRow.Dataset, Section, "statistics", "complaint-statistics", "complaints.statistics.title", strings);
}
