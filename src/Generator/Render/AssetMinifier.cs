using NUglify;
using Transparency.Generator.Load;

namespace Transparency.Generator.Render;

/// <summary>Minifies the theme's scripts and style sheets as they are copied: fewer bytes for a phone on a slow connection.</summary>
internal static class AssetMinifier
{
    private static readonly Dictionary<string, Func<string, UglifyResult>> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = text => Uglify.Js(text),
        [".css"] = text => Uglify.Css(text),
    };

    public static bool Handles(string file) => ByExtension.ContainsKey(Path.GetExtension(file));

    /// <summary>
    /// The minified text of <paramref name="file"/>, or null with its syntax errors added to <paramref name="errors"/>:
    /// a browser forgives an unclosed brace by silently dropping the rules after it, the build does not.
    /// </summary>
    public static string? Minify(string file, string themeRoot, List<InputError> errors)
    {
        var result = ByExtension[Path.GetExtension(file)](File.ReadAllText(file));
        var found = result.Errors.Where(e => e.IsError).ToList();
        errors.AddRange(found.Select(e => new InputError(
            DisplayPath.Of(file, themeRoot), Math.Max(0, e.StartLine), Math.Max(0, e.StartColumn), e.Message.TrimEnd('.') + ".",
            "Fix the syntax: a brace, bracket, quote or comment left open is the usual cause.")));
        return found.Count == 0 ? result.Code : null;
    }
}
