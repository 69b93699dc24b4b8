namespace Transparency.Generator.Model.People;

/// <summary>The positions of one type of staff in one unit and how many are filled.</summary>
internal sealed class HeadcountRow : Data.IDataRow
{
    public const string Dataset = "people-headcount";

    /// <summary>The unit's Thai name, as in the organisation's structure.</summary>
    public string Unit { get; set; } = string.Empty;

    public string UnitEnglish { get; set; } = string.Empty;

    /// <summary>The staff type's code in the schema, such as <c>officer</c>.</summary>
    public string StaffType { get; set; } = string.Empty;

    public int Positions { get; set; }

    public int Filled { get; set; }

    public int Vacant => Positions - Filled;

    public int Line { get; set; }
}
