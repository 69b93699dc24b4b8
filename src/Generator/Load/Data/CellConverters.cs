using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>Base of the cell readers: each turns one cell into a value or throws a <see cref="CellException"/> that says how to fix it.</summary>
internal abstract class CellConverter : DefaultTypeConverter
{
    /// <summary>Whether an empty cell is a mistake; an optional column reads it as <see cref="Empty"/>.</summary>
    public bool Required { get; set; } = true;

    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData)
    {
        var cell = text?.Trim() ?? string.Empty;
        if (cell.Length == 0)
        {
            return Required ? throw new CellException("The cell is empty.", "Fill it in.", "ช่องนี้ว่าง", "กรุณากรอกข้อมูล") : Empty;
        }

        return Convert(cell);
    }

    /// <summary>Writes a value back in a form <see cref="Convert"/> reads, so downloads load back into the same records.</summary>
    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        value is null ? string.Empty : Format(value);

    /// <summary>The value of an empty cell in an optional column.</summary>
    protected virtual object? Empty => null;

    protected abstract object Convert(string cell);

    protected virtual string Format(object value) => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    protected static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Free text.</summary>
internal sealed class Text : CellConverter
{
    protected override object? Empty => string.Empty;

    protected override object Convert(string cell) => cell;
}

/// <summary>A whole number such as a row number, in Arabic or Thai digits.</summary>
internal sealed class Count : CellConverter
{
    protected override object Convert(string cell) => !ThaiAmount.TryParseCount(cell, out var count)
        ? throw new CellException($"'{cell}' is not a whole number.", "Write a number such as 12 or ๑๒.", $"'{cell}' ไม่ใช่จำนวนเต็ม", "กรุณากรอกตัวเลข เช่น 12 หรือ ๑๒")
        : count >= 0 ? count
        : throw new CellException($"The number {cell} is negative.", "Counts are never below zero; write 0 when there were none.", $"ตัวเลข {cell} ติดลบ", "จำนวนต้องไม่ต่ำกว่าศูนย์ หากไม่มีให้กรอก 0");
}

/// <summary>An amount in baht, never negative.</summary>
internal sealed partial class Amount : CellConverter
{
    protected override object Convert(string cell) => Parse(cell);

    protected override string Format(object value) => Money((decimal)value);

    public static decimal Parse(string cell)
    {
        if (!ThaiAmount.TryParse(cell, out var amount))
        {
            throw new CellException($"'{cell}' is not an amount.", "Write it like 1,250,000 or 629,998.20 (\"บาท\" may follow).",
                $"'{cell}' ไม่ใช่จำนวนเงิน", "กรุณาเขียน เช่น 1,250,000 หรือ 629,998.20 (มีคำว่า \"บาท\" ต่อท้ายได้)");
        }

        return amount >= 0 ? amount
            : throw new CellException($"The amount {cell} is negative.", "Amounts in this column are never below zero.", $"จำนวนเงิน {cell} ติดลบ", "จำนวนเงินในคอลัมน์นี้ต้องไม่ต่ำกว่าศูนย์");
    }
}

/// <summary>One bidder and price, "name price", or several separated by semicolons.</summary>
internal sealed partial class Bids : CellConverter
{
    protected override object Convert(string cell) => cell.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(ParseOne)
        .ToList();

    protected override string Format(object value) => string.Join("; ", ((IEnumerable<Bid>)value).Select(FormatOne));

    public static string FormatOne(Bid bid) => $"{bid.Name} {Money(bid.Price)}";

    public static Bid ParseOne(string text)
    {
        var match = NameAndPrice().Match(text);
        return match.Success
            ? new Bid(match.Groups["name"].Value.Trim(), Amount.Parse(match.Groups["price"].Value))
            : throw new CellException($"'{text}' does not give a bidder and a price.", "Write the name then the price, such as \"หจก. ทรัพย์เจริญ 1,249,000\"; separate bidders with ;.",
                $"'{text}' ไม่มีชื่อผู้เสนอราคาและราคา", "กรุณาเขียนชื่อแล้วตามด้วยราคา เช่น \"หจก. ทรัพย์เจริญ 1,249,000\" และคั่นแต่ละรายด้วย ;");
    }

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<price>-?[\d\u0E50-\u0E59,]+(?:\.\d+)?)\s*(?:บาท)?$")]
    private static partial Regex NameAndPrice();
}

/// <summary>The selected bidder and the agreed price.</summary>
internal sealed class Winner : CellConverter
{
    protected override string Format(object value) => Bids.FormatOne((Bid)value);

    protected override object Convert(string cell) => Bids.ParseOne(cell);
}

/// <summary>A contract number and its date, such as "12/2570 15 ต.ค. 2569".</summary>
internal sealed partial class Contract : CellConverter
{
    protected override string Format(object value)
    {
        var contract = (ContractReference)value;
        var date = contract.Date;
        return string.Create(CultureInfo.InvariantCulture, $"{contract.Number} {date.Year + BuddhistEra.Offset}-{date.Month:00}-{date.Day:00}");
    }

    protected override object Convert(string cell)
    {
        var match = NumberAndDate().Match(cell);
        return match.Success && ThaiDateParser.TryParse(match.Groups["date"].Value, out var date)
            ? new ContractReference(match.Groups["number"].Value, date)
            : throw new CellException($"'{cell}' does not give a contract number and date.", $"Write the number then the date, such as \"12/2570 15 ต.ค. 2569\" ({ThaiDateParser.AcceptedForms}).",
                $"'{cell}' ไม่มีเลขที่และวันที่ของสัญญา", "กรุณาเขียนเลขที่แล้วตามด้วยวันที่ เช่น \"12/2570 15 ต.ค. 2569\"");
    }

    [GeneratedRegex(@"^(?:ที่\s*)?(?<number>\S+)\s+(?:ลงวันที่\s*|ลว\.\s*)?(?<date>.+)$")]
    private static partial Regex NumberAndDate();
}

/// <summary>A percentage from 0 to 100; "%" may follow.</summary>
internal sealed class Percent : CellConverter
{
    protected override string Format(object value) => ((decimal)value).ToString("0.##", CultureInfo.InvariantCulture);

    protected override object Convert(string cell) =>
        ThaiAmount.TryParse(cell.TrimEnd('%', ' '), out var percent) && percent is >= 0 and <= 100
            ? percent
            : throw new CellException($"'{cell}' is not a percentage from 0 to 100.", "Write a number such as 87.5 or 87.5%.",
                $"'{cell}' ไม่ใช่ร้อยละระหว่าง 0 ถึง 100", "กรุณาเขียนตัวเลข เช่น 87.5 หรือ 87.5%");
}
