namespace Transparency.Generator.Load;

/// <summary>
/// A mistake in an input file, with where it is and what to do about it; data files also carry the message in Thai,
/// since staff who keep them may not read English.
/// </summary>
internal sealed record InputError(string File, int Line, int Column, string Message, string Fix, string? ThaiMessage = null, string? ThaiFix = null)
{
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var thai = ThaiMessage is null ? string.Empty : $" | {ThaiMessage} {ThaiFix}";
        return $"{place}: {Message} {Fix}{thai}";
    }
}
