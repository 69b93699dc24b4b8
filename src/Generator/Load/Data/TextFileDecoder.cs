using System.Text;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// Decodes the text files staff save from Excel: UTF-8 with or without a BOM, UTF-16 with a BOM, or Windows-874
/// (TIS-620 plus a few symbols), which Thai Excel writes for "CSV (Comma delimited)".
/// </summary>
internal static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows874 => Encoding.GetEncoding(874);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Thai letters in Windows-874 are single bytes 0xA1–0xFB, which are never valid UTF-8 on their own.
            return Windows874.GetString(bytes);
        }
    }
}
