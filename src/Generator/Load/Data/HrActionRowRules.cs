using System.Text.RegularExpressions;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;
using Transparency.Generator.Model.People;

namespace Transparency.Generator.Load.Data;

/// <summary>The check of an HR actions file its schema cannot express: policy items written as item numbers, so each links to the policy.</summary>
internal static partial class HrActionRowRules
{
    public static void Check(DataFile<HrActionRow> file, Func<string, int> columnOf, List<InputError> errors)
    {
        foreach (var row in file.Rows.Where(r => r.Policy.Length > 0 && !Items().IsMatch(ThaiDigits.ToArabic(r.Policy))))
        {
            errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(HrActionRow.Policy)),
                $"'{row.Policy}' does not give the numbers of policy items.", "Write the item numbers of the HR policy, such as 1.2 or 2.1, 2.2 or 4.1–4.3.",
                $"'{row.Policy}' ไม่ใช่เลขข้อของนโยบาย", "กรุณาเขียนเลขข้อของนโยบายการบริหารทรัพยากรบุคคล เช่น 1.2 หรือ 2.1, 2.2 หรือ 4.1–4.3"));
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)?(\s*[-–]\s*\d+(\.\d+)?)?(\s*,\s*\d+(\.\d+)?(\s*[-–]\s*\d+(\.\d+)?)?)*$")]
    private static partial Regex Items();
}
