namespace Transparency.Generator.Model;

/// <summary>A published file (PDF or other) under <c>input/documents</c>, described by its metadata sidecar.</summary>
internal sealed record SiteDocument(
    string RelativePath,
    string SourcePath,
    LocalizedText Title,
    DateOnly Date,
    FiscalYear? FiscalYear,
    IReadOnlyList<string> Oit,
    long Bytes)
{
    public string Extension => Path.GetExtension(RelativePath).TrimStart('.').ToUpperInvariant();
}

/// <summary>The metadata sidecar of a document: <c>report.pdf</c> is described by <c>report.yaml</c>.</summary>
public sealed class DocumentMetadata
{
    public LocalizedText Title { get; set; } = new();

    public string? Date { get; set; }

    public int? FiscalYear { get; set; }

    public List<string> Oit { get; set; } = [];
}
