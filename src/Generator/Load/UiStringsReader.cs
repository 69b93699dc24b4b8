using System.Text.RegularExpressions;
using Transparency.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace Transparency.Generator.Load;

/// <summary>
/// Reads <c>theme/i18n/LANG.yaml</c> and fails on any key that one language has and another lacks,
/// or that a template uses and no language has: a half-translated interface is a broken one.
/// </summary>
internal static partial class UiStringsReader
{
    public static UiStrings Read(string themeRoot, List<InputError> errors)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in Languages.All)
        {
            byLanguage[language] = ReadLanguage(themeRoot, language, errors);
        }

        foreach (var language in Languages.All)
        {
            foreach (var other in Languages.All.Where(o => o != language))
            {
                foreach (var key in byLanguage[other].Keys.Where(k => !byLanguage[language].ContainsKey(k)).Order(StringComparer.Ordinal))
                {
                    errors.Add(new InputError(FileOf(themeRoot, language), 0, 0,
                        $"The UI string '{key}' is missing (it is in {other}.yaml).",
                        $"Add '{key}' with its {language} text."));
                }
            }
        }

        ReportKeysUsedButUndefined(themeRoot, byLanguage, errors);
        return new UiStrings(byLanguage);
    }

    private static Dictionary<string, string> ReadLanguage(string themeRoot, string language, List<InputError> errors)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = FileOf(themeRoot, language);
        var path = Path.Combine(themeRoot, "i18n", language + ".yaml");
        if (!File.Exists(path))
        {
            errors.Add(new InputError(file, 0, 0, "The UI strings file is missing.", "Copy another language's file and translate it."));
            return strings;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                Flatten(root, string.Empty, strings);
            }
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            errors.Add(new InputError(file, (int)exception.Start.Line, (int)exception.Start.Column, exception.Message, "Fix the YAML syntax."));
        }

        return strings;
    }

    private static void Flatten(YamlMappingNode node, string prefix, Dictionary<string, string> into)
    {
        foreach (var (key, value) in node.Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            if (value is YamlMappingNode child)
            {
                Flatten(child, name + ".", into);
            }
            else if (value is YamlScalarNode scalar)
            {
                into[name] = scalar.Value ?? string.Empty;
            }
        }
    }

    private static void ReportKeysUsedButUndefined(
        string themeRoot, Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage, List<InputError> errors)
    {
        foreach (var template in Directory.EnumerateFiles(themeRoot, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(template);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match use in KeyUse().Matches(lines[i]))
                {
                    var key = use.Groups[1].Value;
                    foreach (var language in Languages.All.Where(l => !byLanguage[l].ContainsKey(key)))
                    {
                        errors.Add(new InputError(FileOf(themeRoot, language), 0, 0,
                            $"The UI string '{key}' used in {DisplayPath.Of(template, themeRoot)} line {i + 1} is missing.",
                            $"Add '{key}' with its {language} text."));
                    }
                }
            }
        }
    }

    private static string FileOf(string themeRoot, string language) =>
        DisplayPath.Of(Path.Combine(themeRoot, "i18n", language + ".yaml"), themeRoot);

    [GeneratedRegex(@"'([a-z0-9_.]+)'\s*\|\s*t\b")]
    private static partial Regex KeyUse();
}
