namespace Transparency.Generator.Model.Structure;

/// <summary>One unit of the organisation, a row of <c>input/data/structure/units.csv</c>.</summary>
internal sealed class UnitRow : Data.IDataRow
{
    public const string Dataset = "structure-units";

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string NameEnglish { get; set; } = string.Empty;

    /// <summary>The code of the unit it reports to; empty at the top of an arm.</summary>
    public string Parent { get; set; } = string.Empty;

    /// <summary>political or permanent.</summary>
    public string Arm { get; set; } = string.Empty;

    public string Head { get; set; } = string.Empty;

    public string HeadEnglish { get; set; } = string.Empty;

    public int Staff { get; set; }

    public int Line { get; set; }
}
