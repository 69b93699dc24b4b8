using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Services;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>A month of the fiscal year and its total, or that it is not yet reported.</summary>
internal sealed record ServiceMonthView(string Name, bool Reported, string Total);

/// <summary>One service's counts in each reported month, and its total.</summary>
internal sealed record ServiceLineView(string Name, IReadOnlyList<string> Counts, string Total);

/// <summary>A fiscal year's service statistics: the twelve months, and services by the months reported.</summary>
internal sealed record ServiceStatisticsView(
    string FiscalYear, IReadOnlyList<ServiceMonthView> Months, IReadOnlyList<string> ReportedMonths, IReadOnlyList<ServiceLineView> Services,
    IReadOnlyList<string> MonthTotals, string Total, IReadOnlyDictionary<string, string> Headings, IReadOnlyList<DownloadView> Downloads);

/// <summary>One surveyed service: the percent satisfied with each aspect, its average and its respondents.</summary>
internal sealed record SatisfactionLineView(string Name, bool NameInThai, IReadOnlyList<string> Percents, string Average, string Respondents);

/// <summary>A fiscal year's survey results: services by aspects, with averages weighted by respondents.</summary>
internal sealed record SatisfactionView(
    string FiscalYear, IReadOnlyList<string> Aspects, IReadOnlyList<SatisfactionLineView> Services, IReadOnlyList<string> AspectAverages,
    string Overall, string Respondents, IReadOnlyDictionary<string, string> Headings, IReadOnlyList<DownloadView> Downloads);

/// <summary>Builds the views of the service statistics and satisfaction pages in one language.</summary>
internal static class ServiceViews
{
    public static ServiceStatisticsView Statistics(DataFile<ServiceCountRow> file, string language, UrlScheme urls)
    {
        var year = file.FiscalYear!.Value;
        var byMonth = file.Rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var months = Enumerable.Range(0, 12).Select(i => year.Start.AddMonths(i)).ToList();
        var reported = months.Where(byMonth.ContainsKey).ToList();
        var services = file.Schema.Column("service").Choices
            .Where(c => file.Rows.Any(r => r.Service == c.Code))
            .Select(c => new ServiceLineView(
                c.In(language),
                reported.Select(m => Figures.Count(file.Rows.Where(r => r.Service == c.Code && r.Month == m).Sum(r => r.Count))).ToList(),
                Figures.Count(file.Rows.Where(r => r.Service == c.Code).Sum(r => r.Count))))
            .ToList();
        return new ServiceStatisticsView(
            ThaiDateFormat.FiscalYearName(year, language),
            months.Select(m => new ServiceMonthView(ThaiDateFormat.MonthYear(m, language), byMonth.ContainsKey(m), Figures.Count(byMonth.GetValueOrDefault(m)))).ToList(),
            reported.Select(m => ThaiDateFormat.ShortMonthYear(m, language)).ToList(),
            services,
            reported.Select(m => Figures.Count(byMonth[m])).ToList(),
            Figures.Count(file.Rows.Sum(r => r.Count)),
            file.Schema.Headings(language),
            [DownloadView.Of(file, language, urls)]);
    }

    public static SatisfactionView Satisfaction(DataFile<SatisfactionRow> file, string language, UrlScheme urls)
    {
        var aspects = file.Schema.Column("aspect").Choices.Where(c => file.Rows.Any(r => r.Aspect == c.Code)).ToList();
        var services = file.Rows.GroupBy(r => r.Service, StringComparer.Ordinal).ToList();
        var english = language == Languages.English;
        return new SatisfactionView(
            ThaiDateFormat.FiscalYearName(file.FiscalYear!.Value, language),
            aspects.Select(a => a.In(language)).ToList(),
            services.Select(s =>
            {
                var translated = s.Select(r => r.ServiceEnglish).FirstOrDefault(n => n.Length > 0);
                return new SatisfactionLineView(
                    english && translated is not null ? translated : s.Key,
                    english && translated is null,
                    aspects.Select(a => s.FirstOrDefault(r => r.Aspect == a.Code) is { } row ? Figures.Percent(row.Percent) : "–").ToList(),
                    Figures.Percent(WeightedMean(s)),
                    Figures.Count(s.Max(r => r.Respondents)));
            }).ToList(),
            aspects.Select(a => Figures.Percent(WeightedMean(file.Rows.Where(r => r.Aspect == a.Code)))).ToList(),
            Figures.Percent(WeightedMean(file.Rows)),
            Figures.Count(services.Sum(s => s.Max(r => r.Respondents))),
            file.Schema.Headings(language),
            [DownloadView.Of(file, language, urls)]);
    }

    // Each answer counts once, so a result from 400 people weighs four times one from 100.
    private static decimal WeightedMean(IEnumerable<SatisfactionRow> rows)
    {
        var list = rows.ToList();
        var people = list.Sum(r => r.Respondents);
        return people == 0 ? 0 : list.Sum(r => r.Percent * r.Respondents) / people;
    }
}
