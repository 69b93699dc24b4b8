namespace Transparency.Generator.Render.Data;

/// <summary>
/// A table of figures as the <c>figures-table</c> partial draws it: a caption, column headings, one row per label with
/// its cells already formatted, and a total row. <paramref name="Id"/> names it for the scrolling region's label.
/// </summary>
internal sealed record TableView(string Id, string Caption, IReadOnlyList<string> Headings, IReadOnlyList<TableRowView> Rows, TableRowView? Total);

/// <summary>A row of a <see cref="TableView"/>; <paramref name="LabelLang"/> marks a label left in Thai on an English page.</summary>
internal sealed record TableRowView(string Label, string? LabelLang, IReadOnlyList<string> Cells);
