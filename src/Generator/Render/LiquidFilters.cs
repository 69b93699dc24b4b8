using System.Globalization;
using Fluid;
using Fluid.Filters;
using Fluid.Values;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>
/// The Liquid filters of the theme: UI strings (<c>t</c>), Thai dates and years, fiscal years, baht and Thai digits.
/// Each filter reads the page language from the template's <c>lang</c> variable.
/// </summary>
internal sealed class LiquidFilters(UiStrings strings, bool thaiDigits)
{
    public void Register(FilterCollection filters)
    {
        filters.AddFilter("t", (input, _, context) => Text(strings.Get(Language(context), input.ToStringValue())));
        filters.AddFilter("thai_date", ThaiDate);
        filters.AddFilter("be_year", (input, _, context) => Text(Digits(BeYear(input).ToString(CultureInfo.InvariantCulture), context)));
        filters.AddFilter("fiscal_year", FiscalYearName);
        filters.AddFilter("baht", Baht);
        filters.AddFilter("digits", (input, _, context) => Text(Digits(input.ToStringValue(), context)));
    }

    private ValueTask<FluidValue> ThaiDate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!ThaiDateParser.TryParse(input.ToStringValue(), out var date))
        {
            return Text(input.ToStringValue());
        }

        var language = Language(context);
        var text = arguments.At(0).ToStringValue() switch
        {
            "abbr" => ThaiDateFormat.Abbreviated(date, language),
            "month" => ThaiDateFormat.MonthYear(date, language),
            "iso" => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => ThaiDateFormat.Full(date, language),
        };
        return Text(Digits(text, context));
    }

    private ValueTask<FluidValue> FiscalYearName(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var year = ThaiDateParser.TryParse(input.ToStringValue(), out var date)
            ? FiscalYear.Containing(date)
            : new FiscalYear(BeYear(input));
        return Text(Digits(ThaiDateFormat.FiscalYearName(year, Language(context)), context));
    }

    private ValueTask<FluidValue> Baht(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var amount = input.ToNumberValue();
        var number = amount.ToString(decimal.Truncate(amount) == amount ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);
        return Text(Language(context) == Languages.Thai ? Digits($"{number} บาท", context) : $"THB {number}");
    }

    /// <summary>A year from a date, a CE year or a BE year, as a Buddhist Era year.</summary>
    private static int BeYear(FluidValue input)
    {
        if (ThaiDateParser.TryParse(input.ToStringValue(), out var date))
        {
            return BuddhistEra.FromChristian(date.Year);
        }

        var year = (int)input.ToNumberValue();
        return year > BuddhistEra.FirstAmbiguousBeYear ? year : BuddhistEra.FromChristian(year);
    }

    private string Digits(string text, TemplateContext context) =>
        thaiDigits && Language(context) == Languages.Thai ? ThaiDigits.ToThai(text) : text;

    private static string Language(TemplateContext context) => context.GetValue("lang").ToStringValue();

    private static ValueTask<FluidValue> Text(string text) => new(new StringValue(text));
}
