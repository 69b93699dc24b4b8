using Transparency.Generator.Model.People;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of a headcount file, headed as in <c>Schemas/people-headcount.yaml</c>.</summary>
internal sealed class HeadcountRowMap : DatasetMap<HeadcountRow>
{
    public HeadcountRowMap()
        : base(HeadcountRow.Dataset)
    {
        Column(r => r.Unit, "unit");
        Column(r => r.UnitEnglish, "unit_en");
        Column(r => r.StaffType, "staff_type");
        Column(r => r.Positions, "positions");
        Column(r => r.Filled, "filled");
    }
}
