using System.Text.RegularExpressions;
using Transparency.Generator.Model;
using Transparency.Generator.Model.Data;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// Keeps personal data out of published datasets whose schema forbids it, such as complaint statistics: a cell holding
/// a Thai national ID number (with a valid check digit), a Thai telephone number or an e-mail address stops the build.
/// </summary>
internal static partial class PersonalDataGuard
{
    /// <summary>Reports every cell of a raw CSV record that holds personal data, without repeating the data in the message.</summary>
    public static void Check(IReadOnlyList<string> cells, string file, int line, DatasetSchema schema, List<InputError> errors)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (Find(cells[i]) is { } found)
            {
                errors.Add(new InputError(file, line, i + 1,
                    $"The cell holds what looks like {found.English}; {schema.Title.En} is published and must never carry personal data.",
                    "Remove it and keep only counts and categories. Nothing is published until it is gone.",
                    $"ช่องนี้มีข้อมูลที่เป็น{found.Thai} ซึ่งเป็นข้อมูลส่วนบุคคล ห้ามมีใน{schema.Title.Th}ที่เผยแพร่ต่อสาธารณะ",
                    "กรุณาลบข้อมูลส่วนบุคคลออก ให้เหลือเฉพาะจำนวนและประเภท ระบบจะไม่เผยแพร่เว็บไซต์จนกว่าจะแก้ไข"));
            }
        }
    }

    /// <summary>What kind of personal data the cell holds, in English and Thai, or null when it holds none.</summary>
    public static (string English, string Thai)? Find(string cell)
    {
        var text = ThaiDigits.ToArabic(cell);
        if (IdCandidate().Matches(text).Any(m => IsThaiNationalId(m.Value)))
        {
            return ("a Thai national ID number", "เลขประจำตัวประชาชน");
        }

        if (PhoneNumber().IsMatch(text))
        {
            return ("a telephone number", "หมายเลขโทรศัพท์");
        }

        return EmailAddress().IsMatch(text) ? ("an e-mail address", "ที่อยู่อีเมล") : null;
    }

    /// <summary>
    /// Whether 13 digits, dashes and spaces aside, form a Thai national ID number: the last digit is
    /// (11 − Σ digitᵢ × (13 − i) mod 11) mod 10 over the first twelve.
    /// </summary>
    public static bool IsThaiNationalId(string text)
    {
        var digits = ThaiDigits.ToArabic(text).Where(c => c is not (' ' or '-')).ToArray();
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (13 - i);
        }

        return (11 - (sum % 11)) % 10 == digits[12] - '0';
    }

    // Thirteen digits, optionally grouped by dashes or spaces as on the card (1-2345-67890-12-3), not part of a longer number.
    [GeneratedRegex(@"(?<!\d[ -]?)\d(?:[ -]?\d){12}(?![ -]?\d)")]
    private static partial Regex IdCandidate();

    // Mobile 06/08/09 + 8 digits, landline 02–07 + 7 digits, or +66 for the leading 0, grouped by dashes or spaces.
    [GeneratedRegex(@"(?<!\d[ -]?)(?:\+66|0)[ -]?(?:[689](?:[ -]?\d){8}|[2-7](?:[ -]?\d){7})(?![ -]?\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
