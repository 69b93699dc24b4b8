using Transparency.Generator.Load.Data;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Load.Data;

public sealed class SchemaCatalogTests
{
    public static TheoryData<string> SchemaIds => [.. SchemaCatalog.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void EveryColumnHasAKnownTypeBothHeadingsAndAnExample(string id)
    {
        var schema = SchemaCatalog.Get(id);

        Assert.NotEmpty(schema.Columns);
        Assert.All(schema.Columns, column =>
        {
            Assert.Contains(column.Type, CellTypes.Names);
            Assert.False(string.IsNullOrWhiteSpace(column.Th) || string.IsNullOrWhiteSpace(column.En) || string.IsNullOrWhiteSpace(column.Example), column.Key);
            Assert.Equal(column.Type == "choice", column.Choices.Count > 0);
        });
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void EveryColumnIsDocumentedForStaff(string id)
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "datasets.md"));
        var schema = SchemaCatalog.Get(id);

        Assert.Contains(schema.Folder, docs, StringComparison.Ordinal);
        Assert.All(schema.Columns, column => Assert.Contains($"| {column.Th} | {column.En} |", docs, StringComparison.Ordinal));
    }
}
