namespace Transparency.Generator.Load.Data;

/// <summary>Checks values that name a record of another dataset, such as a unit's code, against that dataset.</summary>
internal static class DataReferences
{
    public static void Check(IReadOnlyList<Dataset> datasets, List<InputError> errors)
    {
        var byId = datasets.ToDictionary(d => d.Schema.Id, StringComparer.Ordinal);
        foreach (var dataset in datasets)
        {
            foreach (var column in dataset.Schema.Columns.Where(c => c.References.Length > 0))
            {
                var (targetId, targetKey) = (column.References[..column.References.IndexOf('.', StringComparison.Ordinal)], column.References[(column.References.IndexOf('.', StringComparison.Ordinal) + 1)..]);
                var target = byId[targetId];
                var known = target.Cells(targetKey).Select(c => Text(c.Value)).ToHashSet(StringComparer.Ordinal);
                var targetColumn = target.Schema.Column(targetKey);
                foreach (var cell in dataset.Cells(column.Key).Where(c => Text(c.Value).Length > 0 && !known.Contains(Text(c.Value))))
                {
                    errors.Add(new InputError(cell.File, cell.Line, cell.Column,
                        $"'{cell.Value}' is not a '{targetColumn.En}' of {target.Schema.Title.En} ({target.Schema.Folder}).",
                        $"Use a value listed there, or add a row for it to {target.Schema.Folder}.",
                        $"ไม่พบ '{cell.Value}' ในคอลัมน์ '{targetColumn.Th}' ของ{target.Schema.Title.Th} ({target.Schema.Folder})",
                        $"กรุณาใช้ค่าที่มีอยู่ หรือเพิ่มแถวของค่านี้ใน {target.Schema.Folder}"));
                }
            }
        }
    }

    private static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
