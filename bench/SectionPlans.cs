namespace Transparency.Bench;

/// <summary>The kind of pipe table a section's pages carry.</summary>
internal enum TableShape
{
    Budget,
    Procurement,
    MonthlyCounts,
}

/// <summary>A kind of page a section publishes: its URL stem and its title template.</summary>
internal sealed record PageKind(string Slug, Bilingual Title);

/// <summary>One real section of the portal: its share of the pages, OIT codes, responsible unit and kinds of page.</summary>
internal sealed record SectionPlan(string Key, Bilingual Name, Bilingual Intro, int Weight, string[] Oit, int Unit, TableShape Table, PageKind[] Kinds)
{
    /// <summary>The sections of the real site; weights are percentages, news and procurement grow fastest in real portals.</summary>
    public static readonly SectionPlan[] All =
    [
        new("about", new("ข้อมูลพื้นฐาน", "About the Municipality"),
            new("ประวัติ สภาพทั่วไป และข้อมูลพื้นฐานของหมู่บ้านในเขตเทศบาล", "History, geography and basic facts about the villages of the municipality."),
            3, ["O3", "O5", "O6", "O8", "O9"], 0, TableShape.Budget,
            [
                new("qa", new("ถาม–ตอบ เรื่อง{service}", "Questions and answers on {service}")),
                new("rules", new("เทศบัญญัติและระเบียบเกี่ยวกับ{service}", "By-laws and rules on {service}")),
                new("village", new("ข้อมูลหมู่บ้าน {village}", "Village profile, {village}")),
            ]),
        new("structure", new("โครงสร้างหน่วยงาน", "Organisation structure"),
            new("โครงสร้าง อัตรากำลัง และการแบ่งงานของแต่ละส่วนราชการ", "Structure, staffing and division of work in each unit."),
            3, ["O1", "O2"], 0, TableShape.Budget,
            [
                new("staffing", new("โครงสร้างและอัตรากำลัง {unit} ปีงบประมาณ พ.ศ. {fy}", "Structure and staffing of the {unit}, fiscal year {fy}")),
                new("duties-order", new("คำสั่งแบ่งงานและมอบหมายหน้าที่ {unit}", "Division of work and duties in the {unit}")),
                new("directory", new("ทำเนียบผู้บริหารและสมาชิกสภาเทศบาล ปีงบประมาณ พ.ศ. {fy}", "Directory of executives and council members, fiscal year {fy}")),
            ]),
        new("plans", new("แผนและผลการดำเนินงาน", "Plans and performance"),
            new("แผนพัฒนาท้องถิ่น แผนการดำเนินงาน และรายงานผลการดำเนินงาน", "The local development plan, operating plans and performance reports."),
            8, ["O4", "O10", "O11", "O12", "O33"], 0, TableShape.Budget,
            [
                new("operating-plan", new("แผนการดำเนินงานโครงการ{project} {village}", "Operating plan for the {project} project, {village}")),
                new("progress", new("รายงานความก้าวหน้าโครงการ{project} {village}", "Progress report on the {project} project, {village}")),
                new("forum", new("ประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น {village}", "Village forum on the local development plan, {village}")),
                new("monthly-report", new("รายงานผลการดำเนินงานประจำเดือน{month}", "Performance report for {month}")),
            ]),
        new("services", new("บริการประชาชน", "Public services"),
            new("คู่มือ สถิติ และผลการสำรวจความพึงพอใจของงานบริการ", "Guides, statistics and satisfaction surveys for our services."),
            6, ["O13", "O14", "O15", "O16", "O17"], 0, TableShape.MonthlyCounts,
            [
                new("guide", new("คู่มือสำหรับประชาชน {service}", "Citizen's guide to {service}")),
                new("statistics", new("สถิติการให้บริการ{service} ประจำเดือน{month}", "Service statistics for {service}, {month}")),
                new("satisfaction", new("ผลการสำรวจความพึงพอใจต่อ{service}", "Satisfaction survey on {service}")),
                new("e-service", new("ขั้นตอนการยื่นคำขอออนไลน์ {service}", "Applying online for {service}")),
            ]),
        new("budget", new("งบประมาณ", "Budget"),
            new("แผนการใช้จ่ายงบประมาณและรายงานผลการใช้จ่าย", "Spending plans and spending reports."),
            8, ["O18", "O19", "O20"], 1, TableShape.Budget,
            [
                new("spending-plan", new("แผนการใช้จ่ายงบประมาณ {unit} ปีงบประมาณ พ.ศ. {fy}", "Spending plan of the {unit}, fiscal year {fy}")),
                new("spending-report", new("รายงานการใช้จ่ายงบประมาณประจำเดือน{month}", "Budget spending report for {month}")),
                new("transfer", new("ประกาศโอนงบประมาณรายจ่าย โครงการ{project}", "Budget transfer for the {project} project")),
            ]),
        new("procurement", new("การจัดซื้อจัดจ้าง", "Procurement"),
            new("แผน ประกาศ และสรุปผลการจัดซื้อจัดจ้าง", "Procurement plans, announcements and results."),
            20, ["O21", "O22", "O23", "O24"], 1, TableShape.Procurement,
            [
                new("invitation", new("ประกาศเชิญชวนประกวดราคาจ้าง{project} {village} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "Invitation to e-bid for the {project} project, {village}")),
                new("award", new("ประกาศผู้ชนะการเสนอราคา {project} {village}", "Winning bid for the {project} project, {village}")),
                new("reference-price", new("ประกาศราคากลาง {project} {village}", "Reference price for the {project} project, {village}")),
                new("monthly", new("สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือน{month}", "Procurement summary for {month}")),
            ]),
        new("people", new("การบริหารทรัพยากรบุคคล", "Human resources"),
            new("นโยบาย หลักเกณฑ์ และการดำเนินการด้านบุคลากร", "Policies, criteria and actions on staff."),
            5, ["O25", "O26", "O27", "O28"], 0, TableShape.Budget,
            [
                new("recruitment", new("ประกาศรับสมัครพนักงานจ้าง ตำแหน่ง{position}", "Recruitment of contract staff, {position}")),
                new("appointments", new("คำสั่งแต่งตั้งและย้ายพนักงาน {unit}", "Appointments and transfers in the {unit}")),
                new("training", new("โครงการฝึกอบรมพนักงานตำแหน่ง{position}", "Training for staff working as {position}")),
            ]),
        new("complaints", new("เรื่องร้องเรียนและความคิดเห็น", "Complaints and feedback"),
            new("ช่องทาง สถิติ และผลการดำเนินการเรื่องร้องเรียน", "Channels, statistics and outcomes of complaints."),
            5, ["O29", "O30", "O31", "O32"], 0, TableShape.MonthlyCounts,
            [
                new("statistics", new("สถิติเรื่องร้องเรียนประจำเดือน{month}", "Complaint statistics for {month}")),
                new("outcome", new("ผลการดำเนินการเรื่องร้องเรียนเกี่ยวกับ{service}", "Outcome of complaints about {service}")),
                new("feedback", new("สรุปความคิดเห็นของประชาชนต่อโครงการ{project}", "Residents' comments on the {project} project")),
            ]),
        new("integrity", new("คุณธรรมและความโปร่งใส", "Integrity and transparency"),
            new("มาตรการป้องกันการทุจริตและการส่งเสริมคุณธรรม", "Anti-corruption measures and the promotion of integrity."),
            7, ["O34", "O35", "O36", "O37", "O38", "O39", "O40", "O41", "O42", "O43"], 5, TableShape.Budget,
            [
                new("pledge", new("ประกาศเจตนารมณ์การต่อต้านการทุจริต ปีงบประมาณ พ.ศ. {fy}", "Anti-corruption pledge, fiscal year {fy}")),
                new("risk-progress", new("ผลการดำเนินการตามมาตรการจัดการความเสี่ยง ประจำเดือน{month}", "Risk management measures, progress in {month}")),
                new("ethics", new("กิจกรรมส่งเสริมคุณธรรมและจริยธรรม {unit}", "Ethics and integrity activity of the {unit}")),
                new("audit", new("ผลการตรวจสอบภายใน โครงการ{project}", "Internal audit findings on the {project} project")),
            ]),
        new("news", new("ข่าวประชาสัมพันธ์", "News"),
            new("ข่าวกิจกรรมและประกาศของเทศบาล เรียงจากข่าวล่าสุด", "News and announcements from the municipality, newest first."),
            35, ["O7"], 0, TableShape.Budget,
            [
                new("activity", new("เทศบาลตำบลคลองพฤกษา{activity} {village}", "Khlong Phruksa {activity} in {village}")),
                new("handover", new("ส่งมอบงาน{project} {village}", "Handover of the {project} project, {village}")),
                new("announcement", new("ประชาสัมพันธ์เรื่อง{service}", "Reminder about {service}")),
            ]),
    ];
}
