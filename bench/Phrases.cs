namespace Transparency.Bench;

/// <summary>Bilingual sentence and heading templates; slots such as <c>{project}</c> are filled by <see cref="PageFacts"/>.</summary>
internal static class Phrases
{
    public static readonly Bilingual[] Sentences =
    [
        new("เมื่อวันที่ {date} {unit}ได้ดำเนินการเรื่องนี้ร่วมกับผู้ใหญ่บ้านและคณะกรรมการหมู่บ้าน{village}",
            "On {date} the {unit} carried out this work together with the village head and committee of {village}."),
        new("โครงการ{project}ได้รับการจัดสรรงบประมาณ {amount} บาท ตามเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {fy}",
            "The {project} project was allocated THB {amount} in the municipal budget by-law for fiscal year {fy}."),
        new("มีประชาชนเข้าร่วมและได้รับประโยชน์ประมาณ {count} คน",
            "About {count} residents took part or benefited."),
        new("เทศบาลได้ตรวจรับงานเมื่อวันที่ {date} และเบิกจ่ายแล้ว {amount2} บาท",
            "The municipality inspected and accepted the work on {date} and has so far paid out THB {amount2}."),
        new("การดำเนินงานเป็นไปตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 และระเบียบกระทรวงการคลังที่เกี่ยวข้อง",
            "The work followed the Public Procurement and Supplies Administration Act B.E. 2560 (2017) and the related Ministry of Finance regulations."),
        new("ผู้สนใจขอดูเอกสารฉบับเต็มได้ที่{unit} ในวันและเวลาราชการ หรือโทรศัพท์ 0 3739 1234",
            "Anyone may inspect the full documents at the {unit} during office hours, or call 0 3739 1234."),
        new("เทศบาลเผยแพร่ข้อมูลนี้เพื่อให้ประชาชนติดตามและตรวจสอบการใช้จ่ายงบประมาณได้อย่างโปร่งใส",
            "We publish this so that residents can follow and check how public money is spent."),
        new("ในส่วนของ{service} เทศบาลได้ปรับขั้นตอนให้สั้นลงและให้บริการแล้วเสร็จภายในวันเดียว",
            "For {service}, the municipality has cut the number of steps so that most requests are completed on the same day."),
        new("ผู้รับจ้างคือ {contractor} ซึ่งเสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วนตามประกาศ",
            "The contract went to {contractor}, the lowest bidder meeting every requirement of the invitation."),
        new("ข้อมูลที่รายงานนี้ครอบคลุมเดือน{month} และจะปรับปรุงทุกเดือน",
            "The figures cover {month} and are updated every month."),
    ];

    public static readonly Bilingual[] Problems =
    [
        new("ฝนตกต่อเนื่องในช่วงดำเนินการ ทำให้งานล่าช้ากว่าแผนประมาณ 2 สัปดาห์",
            "Persistent rain delayed the work by about two weeks."),
        new("ราคาวัสดุก่อสร้างสูงขึ้น จึงต้องปรับแผนการจัดซื้อให้สอดคล้องกับงบประมาณ",
            "Higher prices for building materials meant the purchasing plan had to be revised to fit the budget."),
        new("ประชาชนบางส่วนยังไม่ทราบช่องทางออนไลน์ ควรประชาสัมพันธ์ผ่านหอกระจายข่าวและ LINE เพิ่มเติม",
            "Some residents still do not know about the online channels, which should be announced more often on village loudspeakers and LINE."),
        new("บุคลากรที่มีความรู้ด้านพัสดุมีจำนวนจำกัด ควรส่งเจ้าหน้าที่เข้ารับการอบรมเพิ่มเติม",
            "Few staff have procurement expertise, so more officers should be sent on training courses."),
        new("การประสานงานระหว่างกองยังใช้เอกสารกระดาษเป็นหลัก ควรนำระบบสารบรรณอิเล็กทรอนิกส์มาใช้",
            "Coordination between divisions still relies on paper, and an electronic records system should be introduced."),
    ];

    public static readonly Bilingual[] Headings =
    [
        new("รายละเอียด", "Details"),
        new("งบประมาณและระยะเวลา", "Budget and timing"),
        new("ผลการดำเนินงาน", "Results"),
        new("ขั้นตอนการดำเนินงาน", "How the work was done"),
    ];

    public static readonly Bilingual[] Subheadings =
    [
        new("ผู้รับผิดชอบ", "Who is responsible"),
        new("เอกสารที่เกี่ยวข้อง", "Related documents"),
        new("การติดต่อสอบถาม", "Enquiries"),
    ];

    public static readonly Bilingual ProblemsHeading = new("ปัญหา อุปสรรค และข้อเสนอแนะ", "Problems, obstacles and suggestions");

    public static readonly Bilingual SectionLink = new("ดูรายการทั้งหมดได้ที่หน้า[{section}](/{key}/)", "See every item on the [{section}](/{key}/) page.");

    public static readonly Bilingual DocumentLink = new("[ดาวน์โหลดเอกสารฉบับเต็ม (PDF)](/documents/{document})", "[Download the full document (PDF)](/documents/{document})");

    public static readonly Bilingual Description = new("{title} เผยแพร่โดย{unit} {org}", "{title}, published by the {unit} of {org}.");
}
