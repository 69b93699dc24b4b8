using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.Structure;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// What the executives page needs of a filled position: OIT item O2 asks for each executive's photograph and a way to
/// reach them, so an executive without either, or with a photograph that is not in <c>input/</c>, is a mistake.
/// </summary>
internal static class PositionRowRules
{
    public static Action<DataFile<PositionRow>, Func<string, int>, List<InputError>> For(string inputRoot) => (file, columnOf, errors) =>
    {
        foreach (var row in file.Rows.Where(r => !r.IsVacant && r.Executive == "yes"))
        {
            if (row.Photo.Length == 0)
            {
                errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(PositionRow.Photo)), $"The executive {row.Name} has no photograph.",
                    "Put the photograph in input/assets/people/ and write its path, such as assets/people/name.jpg.",
                    $"ผู้บริหาร {row.Name} ไม่มีรูปถ่าย", "กรุณาวางไฟล์รูปถ่ายใน input/assets/people/ แล้วเขียนตำแหน่งไฟล์ เช่น assets/people/name.jpg"));
            }
            else if (!row.Photo.StartsWith("http", StringComparison.Ordinal) && !File.Exists(Path.Combine(inputRoot, row.Photo)))
            {
                errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(PositionRow.Photo)), $"The photograph {row.Photo} is not in input/.",
                    "Check the file name, or add the file.", $"ไม่พบไฟล์รูปถ่าย {row.Photo} ใน input/", "กรุณาตรวจชื่อไฟล์ หรือเพิ่มไฟล์รูปถ่าย"));
            }

            if (row.Phone.Length == 0 && row.Email.Length == 0)
            {
                errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(PositionRow.Phone)), $"The executive {row.Name} has neither telephone nor e-mail.",
                    "Give at least one way to contact them.", $"ผู้บริหาร {row.Name} ไม่มีทั้งโทรศัพท์และอีเมล", "กรุณาระบุช่องทางติดต่ออย่างน้อยหนึ่งช่องทาง"));
            }
        }
    };
}
