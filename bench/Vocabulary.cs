namespace Transparency.Bench;

/// <summary>The fixed bilingual words the synthetic organisation is written from: its places, projects, services and people.</summary>
internal static class Vocabulary
{
    public static readonly Bilingual Organisation = new("เทศบาลตำบลคลองพฤกษา", "Khlong Phruksa Subdistrict Municipality");

    public static readonly Bilingual[] Units =
    [
        new("สำนักปลัดเทศบาล", "Office of the Municipal Clerk"),
        new("กองคลัง", "Finance Division"),
        new("กองช่าง", "Public Works Division"),
        new("กองการศึกษา", "Education Division"),
        new("กองสาธารณสุขและสิ่งแวดล้อม", "Public Health and Environment Division"),
        new("หน่วยตรวจสอบภายใน", "Internal Audit Unit"),
    ];

    public static readonly Bilingual[] Villages =
    [
        new("บ้านคลองพฤกษา หมู่ที่ 1", "Ban Khlong Phruksa (Moo 1)"),
        new("บ้านหนองแสง หมู่ที่ 2", "Ban Nong Saeng (Moo 2)"),
        new("บ้านท่าช้าง หมู่ที่ 3", "Ban Tha Chang (Moo 3)"),
        new("บ้านโคกกระท้อน หมู่ที่ 4", "Ban Khok Krathon (Moo 4)"),
        new("บ้านคลองสอง หมู่ที่ 5", "Ban Khlong Song (Moo 5)"),
        new("บ้านหนองบัว หมู่ที่ 6", "Ban Nong Bua (Moo 6)"),
        new("บ้านดอนใหญ่ หมู่ที่ 7", "Ban Don Yai (Moo 7)"),
        new("บ้านบึงทอง หมู่ที่ 8", "Ban Bueng Thong (Moo 8)"),
        new("บ้านใหม่พัฒนา หมู่ที่ 9", "Ban Mai Phatthana (Moo 9)"),
    ];

    public static readonly Bilingual[] Projects =
    [
        new("ก่อสร้างถนนคอนกรีตเสริมเหล็ก", "reinforced concrete road"),
        new("ขุดลอกคลองส่งน้ำ", "irrigation canal dredging"),
        new("ก่อสร้างรางระบายน้ำ คสล.", "concrete drainage channel"),
        new("ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์", "solar street lighting"),
        new("ซ่อมแซมถนนลูกรัง", "laterite road repair"),
        new("ก่อสร้างลานกีฬาอเนกประสงค์", "multi-purpose sports ground"),
        new("จัดซื้อวัสดุการศึกษาศูนย์พัฒนาเด็กเล็ก", "teaching materials for the child development centre"),
        new("จัดซื้อครุภัณฑ์คอมพิวเตอร์", "computer equipment purchase"),
        new("ก่อสร้างหอกระจายข่าว", "village public-address tower"),
        new("ขยายเขตประปาหมู่บ้าน", "village water supply extension"),
        new("ปรับปรุงอาคารตลาดสด", "fresh market renovation"),
        new("จัดซื้อรถบรรทุกขยะมูลฝอย", "refuse truck purchase"),
    ];

    public static readonly Bilingual[] Services =
    [
        new("การขออนุญาตก่อสร้างอาคาร", "building permits"),
        new("การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "land and buildings tax"),
        new("การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ", "the old-age allowance"),
        new("การขอรับถังขยะ", "household waste bins"),
        new("การขออนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "licences for businesses hazardous to health"),
        new("การแจ้งซ่อมไฟฟ้าสาธารณะ", "street light repairs"),
        new("การขอใช้รถบรรทุกน้ำ", "water truck requests"),
    ];

    public static readonly Bilingual[] Activities =
    [
        new("จัดกิจกรรมวันท้องถิ่นไทย", "holds Thai Local Government Day activities"),
        new("ฉีดพ่นหมอกควันป้องกันโรคไข้เลือดออก", "sprays against dengue mosquitoes"),
        new("รณรงค์คัดแยกขยะจากต้นทาง", "runs a waste-sorting campaign"),
        new("ตรวจคัดกรองสุขภาพผู้สูงอายุ", "screens the health of older residents"),
        new("ฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัย", "holds a disaster response drill"),
        new("มอบถุงยังชีพแก่ผู้ประสบอุทกภัย", "hands out relief packs to flood victims"),
        new("อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)", "trains civil defence volunteers"),
        new("ปลูกต้นไม้ริมคลองพฤกษา", "plants trees along the Khlong Phruksa canal"),
        new("จัดงานประเพณีลอยกระทง", "holds the Loy Krathong festival"),
        new("ให้บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า", "vaccinates dogs and cats against rabies"),
    ];

    public static readonly Bilingual[] Positions =
    [
        new("เจ้าพนักงานธุรการ", "administrative officer"),
        new("นายช่างโยธา", "civil works technician"),
        new("ครูผู้ดูแลเด็ก", "childcare teacher"),
        new("พนักงานขับรถยนต์", "driver"),
        new("คนงานประจำรถขยะ", "waste collection worker"),
        new("เจ้าพนักงานการเงินและบัญชี", "finance and accounts officer"),
    ];

    public static readonly Bilingual[] Contractors =
    [
        new("ห้างหุ้นส่วนจำกัด ทองคำก่อสร้าง", "Thongkham Construction Limited Partnership"),
        new("บริษัท นครนายกวิศวกรรม จำกัด", "Nakhon Nayok Engineering Company Limited"),
        new("ร้านพฤกษาพาณิชย์", "Phruksa Phanit Shop"),
        new("ห้างหุ้นส่วนจำกัด องครักษ์การโยธา", "Ongkharak Civil Works Limited Partnership"),
        new("บริษัท รังสิตไอที ซัพพลาย จำกัด", "Rangsit IT Supply Company Limited"),
    ];

    public static readonly Bilingual[] ProcurementMethods =
    [
        new("เฉพาะเจาะจง", "Specific method"),
        new("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "Electronic bidding (e-bidding)"),
        new("คัดเลือก", "Selection"),
    ];
}
