using Transparency.Generator.Model.Structure;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of <c>units.csv</c>, headed as in <c>Schemas/structure-units.yaml</c>.</summary>
internal sealed class UnitRowMap : DatasetMap<UnitRow>
{
    public UnitRowMap()
        : base(UnitRow.Dataset)
    {
        Column(r => r.Code, "code");
        Column(r => r.Name, "name");
        Column(r => r.NameEnglish, "name_en");
        Column(r => r.Parent, "parent");
        Column(r => r.Arm, "arm");
        Column(r => r.Head, "head");
        Column(r => r.HeadEnglish, "head_en");
        Column(r => r.Staff, "staff");
    }
}
