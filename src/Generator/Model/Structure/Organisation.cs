namespace Transparency.Generator.Model.Structure;

/// <summary>The organisation's units and the positions in them, as read from the structure files.</summary>
internal sealed record Organisation(IReadOnlyList<UnitRow> Units, IReadOnlyList<PositionRow> Positions)
{
    private readonly ILookup<string, UnitRow> byParent = Units.ToLookup(u => u.Parent, StringComparer.Ordinal);
    private readonly ILookup<string, PositionRow> byUnit = Positions.ToLookup(p => p.Unit, StringComparer.Ordinal);

    /// <summary>The units at the top of an arm, in file order.</summary>
    public IEnumerable<UnitRow> Roots(string arm) => byParent[string.Empty].Where(u => u.Arm == arm);

    public IEnumerable<UnitRow> Children(UnitRow unit) => byParent[unit.Code];

    public IEnumerable<PositionRow> PositionsIn(UnitRow unit) => byUnit[unit.Code];

    /// <summary>The position of the unit's head, when the positions file lists it.</summary>
    public PositionRow? HeadOf(UnitRow unit) => byUnit[unit.Code].FirstOrDefault(p => p.Position == unit.Head);

    /// <summary>Everyone counted in the unit and all the units below it.</summary>
    public int StaffBelow(UnitRow unit) => unit.Staff + Children(unit).Sum(StaffBelow);
}

/// <summary>The data of the organisation chart page (O1).</summary>
internal sealed record OrganisationChart(Organisation Organisation);

/// <summary>The data of the executives page (O2).</summary>
internal sealed record ExecutiveList(Organisation Organisation);
