using System.Text.RegularExpressions;

namespace Transparency.Generator.Load.Data;

/// <summary>An e-mail address.</summary>
internal sealed partial class Email : CellConverter
{
    protected override object? Empty => string.Empty;

    protected override object Convert(string cell) => Address().IsMatch(cell)
        ? cell
        : throw new CellException($"'{cell}' is not an e-mail address.", "Write it like name@example.go.th.",
            $"'{cell}' ไม่ใช่ที่อยู่อีเมล", "กรุณาเขียน เช่น name@example.go.th");

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Address();
}

/// <summary>A Thai telephone number, with spaces or dashes and an optional extension ("ต่อ 12").</summary>
internal sealed partial class Phone : CellConverter
{
    protected override object? Empty => string.Empty;

    protected override object Convert(string cell) => Number().IsMatch(Model.ThaiDigits.ToArabic(cell))
        ? cell
        : throw new CellException($"'{cell}' is not a telephone number.", "Write it like 0 3739 1234 or 0 3739 1234 ต่อ 12.",
            $"'{cell}' ไม่ใช่หมายเลขโทรศัพท์", "กรุณาเขียน เช่น 0 3739 1234 หรือ 0 3739 1234 ต่อ 12");

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{7,14}[0-9](?:\s*(?:ต่อ|ext\.?)\s*[0-9]{1,5})?$")]
    private static partial Regex Number();
}

/// <summary>A web address (http or https) or a path of the site's own files, such as <c>assets/people/somchai.jpg</c>.</summary>
internal sealed class Link : CellConverter
{
    protected override object? Empty => string.Empty;

    protected override object Convert(string cell) =>
        (Uri.TryCreate(cell, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") || (!cell.Contains(':', StringComparison.Ordinal) && !cell.StartsWith('/'))
            ? cell
            : throw new CellException($"'{cell}' is not a web address or a file of the site.", "Write https://… or a path below input/, such as assets/people/somchai.jpg.",
                $"'{cell}' ไม่ใช่ที่อยู่เว็บหรือไฟล์ของเว็บไซต์", "กรุณาเขียน https://… หรือตำแหน่งไฟล์ใต้ input/ เช่น assets/people/somchai.jpg");
}
