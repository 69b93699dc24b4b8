using Transparency.Generator.Model.Structure;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of <c>positions.csv</c>, headed as in <c>Schemas/structure-positions.yaml</c>.</summary>
internal sealed class PositionRowMap : DatasetMap<PositionRow>
{
    public PositionRowMap()
        : base(PositionRow.Dataset)
    {
        Column(r => r.Unit, "unit");
        Column(r => r.Position, "position");
        Column(r => r.PositionEnglish, "position_en");
        Column(r => r.Name, "name");
        Column(r => r.NameEnglish, "name_en");
        Column(r => r.Executive, "executive");
        Column(r => r.Photo, "photo");
        Column(r => r.Phone, "phone");
        Column(r => r.Email, "email");
    }
}
