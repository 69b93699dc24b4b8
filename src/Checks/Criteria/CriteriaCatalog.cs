using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Transparency.Checks.Criteria;

/// <summary>Finds and reads the criteria file of a version, <c>Criteria/ita-VERSION.yaml</c> beside this assembly.</summary>
public static class CriteriaCatalog
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Criteria");

    public static IReadOnlyList<string> Versions =>
        Directory.EnumerateFiles(Folder, "ita-*.yaml")
            .Select(f => Path.GetFileNameWithoutExtension(f)["ita-".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads a version's criteria, or returns null when no file exists for it.</summary>
    public static CriteriaSet? Load(string version)
    {
        var file = Path.Combine(Folder, $"ita-{version}.yaml");
        return File.Exists(file) ? Deserializer.Deserialize<CriteriaSet>(File.ReadAllText(file)) : null;
    }
}
