namespace Transparency.Generator.Model.Data;

/// <summary>
/// What one kind of data file holds and how staff write it, read from <c>Schemas/ID.yaml</c>: the single description
/// the reader, the downloads, the dataset page and the open-data catalogue all use.
/// </summary>
internal sealed class DatasetSchema
{
    public string Id { get; set; } = string.Empty;

    public LocalizedText Title { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    /// <summary>The OIT items the dataset's pages publish.</summary>
    public List<string> Oit { get; set; } = [];

    /// <summary>The folder of its files below <c>input/</c>, such as <c>data/budget</c>; downloads keep the same path.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>How files are named: one per fiscal year (<c>2570.csv</c>), per month (<c>2569-10.csv</c>) or a single standing file.</summary>
    public DataPeriodKind Period { get; set; }

    /// <summary>The name of the file of a standing dataset, without extension.</summary>
    public string File { get; set; } = string.Empty;

    /// <summary>How often it is updated, as an ISO 8601 repeating duration (R/P1M monthly), for the catalogue.</summary>
    public string Accrual { get; set; } = string.Empty;

    /// <summary>Columns whose values together may not repeat in a file, such as a month and a service: one row per pair.</summary>
    public List<string> UniqueTogether { get; set; } = [];

    /// <summary>Whether the loader rejects cells that look like personal data (ID numbers, telephone numbers, e-mail addresses).</summary>
    public PersonalDataRule PersonalData { get; set; }

    public List<DatasetColumn> Columns { get; set; } = [];

    /// <summary>Other files made from the whole dataset, such as the procurement release package in OCDS.</summary>
    public List<DatasetPackage> Packages { get; set; } = [];

    public DatasetColumn Column(string key) => Columns.Find(c => c.Key == key)
        ?? throw new InvalidOperationException($"The schema {Id} has no column '{key}'.");

    /// <summary>Each column's heading in <paramref name="language"/> by key, so pages head their tables as the files staff fill in.</summary>
    public IReadOnlyDictionary<string, string> Headings(string language) =>
        Columns.ToDictionary(c => c.Key, c => language == Languages.Thai ? c.Th : c.En, StringComparer.Ordinal);
}

/// <summary>How a dataset's files divide its records in time.</summary>
internal enum DataPeriodKind
{
    [System.Runtime.Serialization.EnumMember(Value = "fiscal_year")]
    FiscalYear,
    Month,
    Standing,
}

/// <summary>Whether a dataset may hold personal data; published statistics such as complaint counts must not.</summary>
internal enum PersonalDataRule
{
    Allowed,
    Forbidden,
}

/// <summary>One column: its headings in Thai and English, the kind of value and an example, for staff and for analysts.</summary>
internal sealed class DatasetColumn
{
    public string Key { get; set; } = string.Empty;

    public string Th { get; set; } = string.Empty;

    public string En { get; set; } = string.Empty;

    /// <summary>The kind of value, naming a cell reader: text, count, amount, percent, date, month, choice, email, phone, url...</summary>
    public string Type { get; set; } = "text";

    public bool Required { get; set; } = true;

    /// <summary>Whether two rows of a file may not share a value, such as a row number or a unit's code.</summary>
    public bool Unique { get; set; }

    /// <summary>Other columns that, with this one, no two rows may share, such as a programme with its expense category.</summary>
    public List<string> UniqueWith { get; set; } = [];

    /// <summary>Whether a date or month must fall within the file's period: its fiscal year or its month.</summary>
    public bool WithinPeriod { get; set; }

    /// <summary>Another dataset's column whose values this one must use, as <c>dataset-id.column</c>, such as <c>structure-units.code</c>.</summary>
    public string References { get; set; } = string.Empty;

    public LocalizedText Description { get; set; } = new();

    public string Example { get; set; } = string.Empty;

    /// <summary>For a choice: the values staff may write, each with its code and names.</summary>
    public List<DatasetChoice> Choices { get; set; } = [];

    /// <summary>For a choice: another schema's column whose values this one shares, as <c>dataset-id.column</c>.</summary>
    public string ChoicesFrom { get; set; } = string.Empty;
}

/// <summary>A value of a choice column: a stable code, its Thai and English names and other spellings staff use.</summary>
internal sealed class DatasetChoice
{
    public string Code { get; set; } = string.Empty;

    public string Th { get; set; } = string.Empty;

    public string En { get; set; } = string.Empty;

    public List<string> Aliases { get; set; } = [];

    public string In(string language) => language == Languages.Thai ? Th : En;
}

/// <summary>A file made from every file of a dataset in a standard format, listed with the dataset's downloads.</summary>
internal sealed class DatasetPackage
{
    /// <summary>Its path in the site, such as <c>data/procurement/ocds.json</c>.</summary>
    public string Path { get; set; } = string.Empty;

    public string Format { get; set; } = string.Empty;

    public string MediaType { get; set; } = string.Empty;

    /// <summary>The address of the standard the file follows.</summary>
    public string ConformsTo { get; set; } = string.Empty;
}
