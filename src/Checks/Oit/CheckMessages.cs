using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Transparency.Checks.Oit;

/// <summary>The findings the checks report, in Thai and English, from <c>Oit/messages.yaml</c> beside this assembly.</summary>
internal static class CheckMessages
{
    private static readonly Dictionary<string, LocalizedText> Texts = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build()
        .Deserialize<Dictionary<string, LocalizedText>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Oit", "messages.yaml")));

    /// <summary>The message <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… replaced per language.</summary>
    public static LocalizedText Get(string key, params Func<string, string>[] values)
    {
        var text = Texts[key];
        return new LocalizedText { Th = Fill(text.Th, Languages.Thai, values), En = Fill(text.En, Languages.English, values) };
    }

    /// <summary>A value that reads the same in both languages.</summary>
    public static Func<string, string> Same(string value) => _ => value;

    public static Func<string, string> Of(LocalizedText value) => value.In;

    private static string Fill(string template, string language, Func<string, string>[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            template = template.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", values[i](language), StringComparison.Ordinal);
        }

        return template;
    }
}
