namespace Transparency.Generator.Model;

/// <summary>An entry of the main navigation, read from <c>theme/menu.yaml</c>.</summary>
public sealed class MenuItem
{
    /// <summary>The UI string key of the label.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The page key it leads to, such as <c>procurement</c>.</summary>
    public string Page { get; set; } = string.Empty;
}
