using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.People;

namespace Transparency.Generator.Load.Data;

/// <summary>The check of a headcount file its schema cannot express: no more people in post than positions.</summary>
internal static class HeadcountRowRules
{
    public static void Check(DataFile<HeadcountRow> file, Func<string, int> columnOf, List<InputError> errors)
    {
        foreach (var row in file.Rows.Where(r => r.Filled > r.Positions))
        {
            errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(HeadcountRow.Filled)),
                $"{row.Filled} people fill {row.Positions} positions.", "The filled count cannot be above the positions: check both, or raise the positions if the staffing plan was amended.",
                $"มีผู้ครองตำแหน่ง {row.Filled} คน มากกว่ากรอบอัตรากำลัง {row.Positions} ตำแหน่ง", "กรุณาตรวจสอบทั้งสองช่อง หรือแก้ไขกรอบอัตรากำลังหากมีการปรับแผนอัตรากำลัง"));
        }
    }
}
