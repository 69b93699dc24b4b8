namespace Transparency.Checks;

/// <summary>The site's two languages, Thai first.</summary>
public static class Languages
{
    public const string Thai = "th";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Thai, English];

    public static string Other(string language) => language == Thai ? English : Thai;
}
