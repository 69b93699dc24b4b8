using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Render.Data;

/// <summary>A column of a dataset as described to analysts.</summary>
internal sealed record ColumnView(string Heading, string OtherHeading, string Type, bool Required, string Description, string Example, IReadOnlyList<string> Values);

/// <summary>One period's file of a dataset with its downloads.</summary>
internal sealed record PeriodView(string Name, string Csv, string Json, string Modified);

/// <summary>A file of the whole dataset in a standard format.</summary>
internal sealed record PackageView(string Format, string Url, string Standard);

/// <summary>A dataset's page: what it holds, who publishes it under which licence, its columns and its files.</summary>
internal sealed record DatasetView(
    string Title, string Description, string Url, string Publisher, string LicenceName, string LicenceUrl, string Accrual,
    string Modified, string Coverage, IReadOnlyList<string> Oit, IReadOnlyList<ColumnView> Columns, IReadOnlyList<PeriodView> Periods,
    IReadOnlyList<PackageView> Packages);

/// <summary>The catalogue of every dataset.</summary>
internal sealed record CatalogueView(IReadOnlyList<DatasetView> Datasets, string DataJsonUrl);

/// <summary>Builds the catalogue and dataset pages' views.</summary>
internal static class DatasetViews
{
    public static CatalogueView Catalogue(DatasetCatalogue catalogue, Site site, string language, UrlScheme urls) =>
        new(catalogue.Datasets.Select(d => Dataset(d, site, language, urls)).ToList(), urls.Asset(DataCatalogWriter.FileName));

    public static DatasetView Dataset(DatasetEntry entry, Site site, string language, UrlScheme urls)
    {
        var schema = entry.Schema;
        var other = language == Languages.Thai ? Languages.English : Languages.Thai;
        return new DatasetView(
            schema.Title.In(language),
            schema.Description.In(language),
            urls.Page(language, DatasetPages.KeyOf(schema)),
            site.Config.Name.In(language),
            site.Config.DataLicence.Name.In(language),
            site.Config.DataLicence.Url,
            site.Strings.Get(language, "data.accrual." + schema.Accrual),
            Iso(entry.Modified),
            Coverage(entry, language),
            schema.Oit,
            schema.Columns.Select(c => new ColumnView(
                language == Languages.Thai ? c.Th : c.En,
                other == Languages.Thai ? c.Th : c.En,
                site.Strings.Get(language, "data.type." + c.Type),
                c.Required,
                c.Description.In(language),
                c.Example,
                c.Choices.Select(choice => choice.In(language)).ToList())).ToList(),
            entry.Files.Select(f => new PeriodView(PeriodName(f, site, language), urls.Asset(f.DownloadPath + ".csv"), urls.Asset(f.DownloadPath + ".json"), Iso(f.Modified))).ToList(),
            schema.Packages.Select(p => new PackageView(p.Format, urls.Asset(p.Path), p.ConformsTo)).ToList());
    }

    /// <summary>The period a file covers, in words: a fiscal year, a month, or "current" for standing data.</summary>
    public static string PeriodName(DataFile file, Site site, string language) =>
        file.Month is { } month ? ThaiDateFormat.MonthYear(month, language)
        : file.FiscalYear is { } year ? ThaiDateFormat.FiscalYearName(year, language)
        : site.Strings.Get(language, "data.standing");

    private static string Coverage(DatasetEntry entry, string language)
    {
        var years = entry.Files.Select(f => f.FiscalYear?.BuddhistYear).OfType<int>().ToList();
        return years.Count == 0 ? string.Empty
            : years.Min() == years.Max() ? ThaiDateFormat.FiscalYearName(new FiscalYear(years.Min()), language)
            : $"{ThaiDateFormat.FiscalYearName(new FiscalYear(years.Min()), language)} – {years.Max()}";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
