namespace Transparency.Generator.Load.Data;

/// <summary>A cell that cannot be read, explained in English and Thai with the fix; the reader adds file, line and column.</summary>
internal sealed class CellException(string message, string fix, string thaiMessage, string thaiFix) : Exception(message)
{
    public string Fix { get; } = fix;

    public string ThaiMessage { get; } = thaiMessage;

    public string ThaiFix { get; } = thaiFix;
}
