using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Structure;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// What the executives page needs of a filled position: OIT item O2 asks for each executive's photograph and a way to
/// reach them, so an executive without either is a mistake.
/// </summary>
internal static class PositionRowRules
{
    public static void Check(DataFile<PositionRow> file, Func<string, int> columnOf, List<InputError> errors)
    {
        foreach (var row in file.Rows.Where(r => !r.IsVacant && r.Executive == "yes"))
        {
            if (row.Photo.Length == 0)
            {
                errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(PositionRow.Photo)), $"The executive {row.Name} has no photograph.",
                    "Put the photograph in input/assets/people/ and write its path, such as assets/people/name.jpg.",
                    $"ผู้บริหาร {row.Name} ไม่มีรูปถ่าย", "กรุณาวางไฟล์รูปถ่ายใน input/assets/people/ แล้วเขียนตำแหน่งไฟล์ เช่น assets/people/name.jpg"));
            }

            if (row.Phone.Length == 0 && row.Email.Length == 0)
            {
                errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(PositionRow.Phone)), $"The executive {row.Name} has neither telephone nor e-mail.",
                    "Give at least one way to contact them.", $"ผู้บริหาร {row.Name} ไม่มีทั้งโทรศัพท์และอีเมล", "กรุณาระบุช่องทางติดต่ออย่างน้อยหนึ่งช่องทาง"));
            }
        }
    }
}
