using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>One of a column's listed values, by its Thai or English name, code or another listed spelling; read as its code.</summary>
internal sealed class Choice : CellConverter
{
    private readonly Dictionary<string, DatasetChoice> byName;
    private readonly DatasetColumn column;

    public Choice(DatasetColumn column)
    {
        this.column = column;
        byName = column.Choices
            .SelectMany(c => new[] { c.Code, c.Th, c.En }.Concat(c.Aliases).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Name: n, Choice: c)))
            .ToDictionary(p => p.Name, p => p.Choice, StringComparer.OrdinalIgnoreCase);
    }

    protected override object? Empty => string.Empty;

    protected override string Format(object value) => column.Choices.FirstOrDefault(c => c.Code == (string)value)?.Th ?? string.Empty;

    protected override object Convert(string cell)
    {
        if (byName.TryGetValue(cell, out var choice))
        {
            return choice.Code;
        }

        var allowed = string.Join(", ", column.Choices.Select(c => c.Th));
        throw new CellException($"'{cell}' is not one of the values of '{column.En}'.", $"Write one of: {allowed}.",
            $"'{cell}' ไม่ใช่ค่าที่ใช้ได้ในคอลัมน์ '{column.Th}'", $"กรุณาเขียนอย่างใดอย่างหนึ่ง: {allowed}");
    }
}
