using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Transparency.Generator.Load;

/// <summary>Reads YAML into typed settings, turning YamlDotNet's exceptions into errors that name the file and line.</summary>
internal static class YamlFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>
    /// Deserialises <paramref name="yaml"/>, or reports why it cannot and returns null;
    /// <paramref name="firstLine"/> shifts reported lines when the YAML starts inside a larger file.
    /// </summary>
    public static T? Read<T>(string yaml, string displayPath, List<InputError> errors, int firstLine = 1)
        where T : class, new()
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException exception)
        {
            errors.Add(new InputError(
                displayPath,
                (int)exception.Start.Line + firstLine - 1,
                (int)exception.Start.Column,
                Describe(exception),
                "Check the key's spelling and indentation (README.md lists the keys), and put in quotes a value that contains ': ' or starts with [ { # & * ! | > ' \" % @."));
            return null;
        }
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet wraps the useful message (such as an unknown property) in an outer one about the document.
        var inner = exception.InnerException?.Message ?? exception.Message;
        return inner.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')[0];
    }
}
