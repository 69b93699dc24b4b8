using System.Globalization;
using Transparency.Generator.Model;
using Transparency.Generator.Render.Data;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Render;

/// <summary>A bidder as shown: name and formatted price.</summary>
internal sealed record BidView(string Name, string Price);

/// <summary>One row of form สขร.1 in one language, amounts formatted.</summary>
internal sealed record ProcurementRowView(
    int Number, string Item, bool ItemInThai, string Budget, string ReferencePrice, string Method,
    IReadOnlyList<BidView> Bidders, BidView Winner, string Reason, string ContractNumber, string ContractDate, string ContractIsoDate);

/// <summary>A month's summary: rows, totals and the downloads of the same data.</summary>
internal sealed record ProcurementMonthView(
    string Month, IReadOnlyList<ProcurementRowView> Rows, string TotalBudget, string TotalAgreed, string Saving,
    string CsvUrl, string JsonUrl, string YearUrl);

/// <summary>A month of the fiscal year on the year page, published or not yet.</summary>
internal sealed record ProcurementMonthLink(string Name, string? Url, int Contracts, string TotalAgreed);

/// <summary>The months of a fiscal year, October to September.</summary>
internal sealed record ProcurementYearView(string FiscalYear, IReadOnlyList<ProcurementMonthLink> Months, IReadOnlyList<LinkView> Related);

/// <summary>Builds the views of the procurement pages from the data behind them.</summary>
internal static class ProcurementViews
{
    public static ProcurementMonthView Month(DataFile<ProcurementRow> month, Site site, string language, UrlScheme urls)
    {
        var download = month.DownloadPath;
        var agreed = month.Rows.Sum(r => r.Winner.Price);
        var budget = month.Rows.Sum(r => r.Budget);
        return new ProcurementMonthView(
            ThaiDateFormat.MonthYear(month.Month!.Value, language),
            month.Rows.OrderBy(r => r.Number).Select(r => Row(r, month.Schema, language)).ToList(),
            Figures.Money(budget),
            Figures.Money(agreed),
            Figures.Money(budget - agreed),
            urls.Asset(download + ".csv"),
            urls.Asset(download + ".json"),
            urls.Page(language, ProcurementPages.YearKey(month.FiscalYear!.Value)));
    }

    public static ProcurementYearView Year(ProcurementYear year, Site site, string language, UrlScheme urls)
    {
        var published = year.Months.ToDictionary(m => m.Month!.Value);
        var months = Enumerable.Range(0, 12).Select(i => year.FiscalYear.Start.AddMonths(i)).Select(first =>
            published.TryGetValue(first, out var month)
                ? new ProcurementMonthLink(ThaiDateFormat.MonthYear(first, language), urls.Page(language, ProcurementPages.MonthKey(first)), month.Rows.Count, Figures.Money(month.Rows.Sum(r => r.Winner.Price)))
                : new ProcurementMonthLink(ThaiDateFormat.MonthYear(first, language), null, 0, string.Empty));
        var related = new[] { "plan", "announcements", ProcurementReport.Name }
            .Select(name => site.Find($"{ProcurementPages.YearKey(year.FiscalYear)}/{name}"))
            .OfType<Page>()
            .Select(page => new LinkView(page.In(language).FrontMatter.Title, urls.Page(language, page.Key)))
            .ToList();
        return new ProcurementYearView(ThaiDateFormat.FiscalYearName(year.FiscalYear, language), months.ToList(), related);
    }

    private static ProcurementRowView Row(ProcurementRow row, DatasetSchema schema, string language)
    {
        var shown = Shown.Of(row.Item, row.ItemEnglish, language);
        return new ProcurementRowView(
            row.Number,
            shown.Text,
            shown.InThai,
            Figures.Money(row.Budget),
            Figures.Money(row.ReferencePrice),
            Figures.Choice(schema, "method", row.Method, language),
            row.Bidders.Select(b => new BidView(b.Name, Figures.Money(b.Price))).ToList(),
            new BidView(row.Winner.Name, Figures.Money(row.Winner.Price)),
            row.Reason,
            row.Contract.Number,
            ThaiDateFormat.Abbreviated(row.Contract.Date, language),
            row.Contract.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }


}
