using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Transparency.Generator.Render.Data;

/// <summary>How the machine-readable catalogues are written: indented for a person reading them, Thai as text rather than \u escapes.</summary>
internal static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
