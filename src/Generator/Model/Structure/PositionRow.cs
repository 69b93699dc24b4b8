namespace Transparency.Generator.Model.Structure;

/// <summary>A position and who holds it, a row of <c>input/data/structure/positions.csv</c>; no name means vacant.</summary>
internal sealed class PositionRow : Data.IDataRow
{
    public const string Dataset = "structure-positions";

    public string Unit { get; set; } = string.Empty;

    public string Position { get; set; } = string.Empty;

    public string PositionEnglish { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string NameEnglish { get; set; } = string.Empty;

    /// <summary>yes when the executives page lists the position.</summary>
    public string Executive { get; set; } = string.Empty;

    public string Photo { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public bool IsVacant => Name.Length == 0;

    public int Line { get; set; }
}
