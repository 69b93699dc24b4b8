using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Search;

/// <summary>One query of the fixture: what a citizen types, in which language's search, and the page it must find.</summary>
public sealed class SearchQuery
{
    public string Lang { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Q { get; set; } = string.Empty;

    public string Page { get; set; } = string.Empty;

    public override string ToString() => $"{Lang} {Kind} “{Q}” → {Page}";
}

/// <summary>The query set of <c>queries.yaml</c>, shared by the Lucene test here and the browser test of the search page.</summary>
public static class QuerySet
{
    public const int Depth = 5;
    public const double RequiredRecall = 0.95;

    public static string File => Path.Combine(RepositoryPaths.Root, "tests", "Generator.Tests", "Search", "queries.yaml");

    public static IReadOnlyList<SearchQuery> Load() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build()
        .Deserialize<List<SearchQuery>>(System.IO.File.ReadAllText(File));

    /// <summary>The queries whose page is not among the first <see cref="Depth"/> results, with what came instead.</summary>
    public static IReadOnlyList<string> Misses(IEnumerable<(SearchQuery Query, IReadOnlyList<string> Urls)> answers) => answers
        .Where(a => !a.Urls.Take(Depth).Contains(a.Query.Page, StringComparer.Ordinal))
        .Select(a => $"{a.Query}: got {string.Join(", ", a.Urls.Take(Depth))}")
        .ToList();
}
