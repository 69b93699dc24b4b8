namespace Transparency.Checks;

/// <summary>A text written in Thai and in English.</summary>
public sealed class LocalizedText
{
    public string Th { get; set; } = string.Empty;

    public string En { get; set; } = string.Empty;

    /// <summary>The text in the language asked for, falling back to the other when that one is empty.</summary>
    public string In(string language)
    {
        var wanted = language == Languages.Thai ? Th : En;
        return wanted.Length > 0 ? wanted : (language == Languages.Thai ? En : Th);
    }
}
