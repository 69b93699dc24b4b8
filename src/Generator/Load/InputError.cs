namespace Transparency.Generator.Load;

/// <summary>A mistake in an input file, with where it is and what to do about it.</summary>
internal sealed record InputError(string File, int Line, int Column, string Message, string Fix)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Message} {Fix}" : $"{File}: {Message} {Fix}";
}
