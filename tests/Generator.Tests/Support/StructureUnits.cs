namespace Transparency.Generator.Tests.Support;

/// <summary>A units.csv with the units the people files of the tests name, which must exist in the structure.</summary>
internal static class StructureUnits
{
    public const string File = "data/structure/units.csv";

    public const string Csv = """
        รหัสหน่วยงาน,ชื่อหน่วยงาน,ชื่อหน่วยงาน (ภาษาอังกฤษ),สังกัด,ฝ่าย,ตำแหน่งหัวหน้า,ตำแหน่งหัวหน้า (ภาษาอังกฤษ),จำนวนบุคลากร
        office,สำนักปลัดเทศบาล,Office of the Municipal Clerk,,ฝ่ายประจำ,หัวหน้าสำนักปลัดเทศบาล,Head of the Office,20
        finance,กองคลัง,Finance Division,,ฝ่ายประจำ,ผู้อำนวยการกองคลัง,Director of Finance,10
        works,กองช่าง,Public Works Division,,ฝ่ายประจำ,ผู้อำนวยการกองช่าง,Director of Public Works,14
        audit,หน่วยตรวจสอบภายใน,Internal Audit,,ฝ่ายประจำ,,,1
        """;
}
