using Transparency.Generator.Model.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Transparency.Generator.Load.Data;

/// <summary>The dataset schemas shipped with the generator, <c>Schemas/*.yaml</c> beside this assembly.</summary>
internal static class SchemaCatalog
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly Lazy<IReadOnlyDictionary<string, DatasetSchema>> Schemas = new(() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Schemas"), "*.yaml")
            .Select(f => Deserializer.Deserialize<DatasetSchema>(File.ReadAllText(f)))
            .ToDictionary(s => s.Id, StringComparer.Ordinal));

    public static IEnumerable<DatasetSchema> All => Schemas.Value.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    public static DatasetSchema Get(string id) => Schemas.Value[id];
}
