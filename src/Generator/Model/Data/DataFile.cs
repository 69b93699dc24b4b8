using System.Globalization;

namespace Transparency.Generator.Model.Data;

/// <summary>A data file's row, which remembers its line so that later checks can point at it.</summary>
internal interface IDataRow
{
    int Line { get; set; }
}

/// <summary>One data file as read: its schema, the period it covers, where it came from and when it last changed.</summary>
internal abstract record DataFile(DatasetSchema Schema, string Period, string SourceFile, DateOnly Modified)
{
    /// <summary>The class map the file was read with, which also writes its download in the same columns.</summary>
    public required CsvHelper.Configuration.ClassMap Map { get; init; }

    public abstract IReadOnlyList<IDataRow> Records { get; }

    /// <summary>The fiscal year of a yearly or monthly file; null for a standing one.</summary>
    public FiscalYear? FiscalYear => Schema.Period switch
    {
        DataPeriodKind.FiscalYear => new FiscalYear(int.Parse(Period, CultureInfo.InvariantCulture)),
        DataPeriodKind.Month => Checks.Calendar.FiscalYear.Containing(Month!.Value),
        _ => null,
    };

    /// <summary>The first day of the month of a monthly file.</summary>
    public DateOnly? Month => Schema.Period == DataPeriodKind.Month
        ? new DateOnly(BuddhistEra.ToChristian(int.Parse(Period[..4], CultureInfo.InvariantCulture)), int.Parse(Period[5..], CultureInfo.InvariantCulture), 1)
        : null;

    /// <summary>The download's path without extension: the same folder and name as the input file.</summary>
    public string DownloadPath => $"{Schema.Folder}/{Period}";
}

/// <summary>A data file with its rows typed.</summary>
internal sealed record DataFile<TRow>(DatasetSchema Schema, string Period, string SourceFile, DateOnly Modified, IReadOnlyList<TRow> Rows)
    : DataFile(Schema, Period, SourceFile, Modified)
    where TRow : class, IDataRow
{
    public override IReadOnlyList<IDataRow> Records => Rows;
}
