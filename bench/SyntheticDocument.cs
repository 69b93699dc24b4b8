using System.Globalization;
using System.Text;
using Transparency.Generator.Model;

namespace Transparency.Bench;

/// <summary>A small generated document: a one-page PDF and the YAML sidecar that describes it.</summary>
internal sealed record SyntheticDocument(string FileName, string Sidecar, byte[] Pdf)
{
    public static SyntheticDocument Create(string fileName, Bilingual title, DateOnly date, FiscalYear fiscalYear, string[] codes)
    {
        var sidecar = string.Create(CultureInfo.InvariantCulture, $"""
            title:
              th: {title.Th}
              en: {title.En}
            date: {SyntheticPage.BuddhistIsoDate(date)}
            fiscal_year: {fiscalYear}
            oit: [{string.Join(", ", codes)}]

            """);
        return new(fileName, sidecar, OnePagePdf(title.En));
    }

    /// <summary>A valid one-page PDF showing <paramref name="text"/> in Helvetica; non-ASCII letters become '?'.</summary>
    private static byte[] OnePagePdf(string text)
    {
        var safe = new string(text.Select(c => c is < ' ' or > '~' ? '?' : c).ToArray())
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("(", "\\(", StringComparison.Ordinal)
            .Replace(")", "\\)", StringComparison.Ordinal);
        var stream = $"BT /F1 12 Tf 56 780 Td ({safe}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        // Every character is ASCII, so string offsets are byte offsets.
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
