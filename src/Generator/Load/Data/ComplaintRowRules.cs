using Transparency.Generator.Model.Complaints;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// The checks of complaint statistics that the schema cannot express: every complaint received is either completed or
/// in progress, and a row that counts complaints says how they arrived and what they were about.
/// </summary>
internal static class ComplaintRowRules
{
    public static void Check(DataFile<ComplaintRow> file, Func<string, int> columnOf, List<InputError> errors)
    {
        foreach (var row in file.Rows)
        {
            if (row.Completed + row.InProgress != row.Received)
            {
                var sum = row.Completed + row.InProgress;
                errors.Add(new InputError(file.SourceFile, row.Line, columnOf(nameof(ComplaintRow.Completed)),
                    $"Completed ({row.Completed}) plus in progress ({row.InProgress}) is {sum}, but {row.Received} were received.",
                    "Each complaint received is either completed or in progress: correct the three counts so that they add up.",
                    $"ดำเนินการแล้วเสร็จ ({row.Completed}) รวมกับอยู่ระหว่างดำเนินการ ({row.InProgress}) เท่ากับ {sum} แต่ได้รับ {row.Received} เรื่อง",
                    "เรื่องที่ได้รับแต่ละเรื่องต้องอยู่ในสถานะแล้วเสร็จหรืออยู่ระหว่างดำเนินการ กรุณาแก้ไขตัวเลขให้รวมกันได้เท่ากับเรื่องที่ได้รับ"));
            }

            if (row.Received > 0)
            {
                RequireFilled(row.Channel, nameof(ComplaintRow.Channel), "channel");
                RequireFilled(row.Category, nameof(ComplaintRow.Category), "category");
            }

            void RequireFilled(string value, string member, string key)
            {
                if (value.Length == 0)
                {
                    var column = file.Schema.Column(key);
                    errors.Add(new InputError(file.SourceFile, row.Line, columnOf(member),
                        $"'{column.En}' is empty on a row that counts {row.Received} complaints.",
                        "Fill it in; leave it empty only on a row of 0 received, which states that the month had none.",
                        $"คอลัมน์ '{column.Th}' ว่าง ในแถวที่มีเรื่องร้องเรียน {row.Received} เรื่อง",
                        "กรุณากรอกข้อมูล เว้นว่างได้เฉพาะแถวที่ได้รับ 0 เรื่อง ซึ่งแสดงว่าเดือนนั้นไม่มีเรื่องร้องเรียน"));
                }
            }
        }
    }
}
