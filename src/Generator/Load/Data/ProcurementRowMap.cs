using CsvHelper.Configuration;
using Transparency.Generator.Model.Procurement;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// The columns of form สขร.1 as staff head them in Excel, with English headings accepted too.
/// docs/datasets.md documents each column; keep the two together.
/// </summary>
internal sealed class ProcurementRowMap : ClassMap<ProcurementRow>
{
    public ProcurementRowMap()
    {
        Map(r => r.Number).Name("ลำดับ", "No.").TypeConverter<Count>();
        Map(r => r.Item).Name("งานที่จัดซื้อหรือจัดจ้าง", "Item").TypeConverter<RequiredText>();
        Map(r => r.ItemEnglish).Name("งานที่จัดซื้อหรือจัดจ้าง (ภาษาอังกฤษ)", "Item (English)").Optional();
        Map(r => r.Budget).Name("วงเงินที่จะซื้อหรือจ้าง", "Budget").TypeConverter<Amount>();
        Map(r => r.ReferencePrice).Name("ราคากลาง", "Reference price").TypeConverter<Amount>();
        Map(r => r.Method).Name("วิธีซื้อหรือจ้าง", "Method").TypeConverter<Method>();
        Map(r => r.Bidders).Name("รายชื่อผู้เสนอราคาและราคาที่เสนอ", "Bidders and prices").TypeConverter<Bids>();
        Map(r => r.Winner).Name("ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง", "Selected bidder and agreed price").TypeConverter<Winner>();
        Map(r => r.Reason).Name("เหตุผลที่คัดเลือกโดยสรุป", "Reason for selection").TypeConverter<RequiredText>();
        Map(r => r.Contract).Name("เลขที่และวันที่ของสัญญาหรือข้อตกลง", "Contract number and date").TypeConverter<Contract>();
        Map(r => r.Line).Ignore();
    }
}
