namespace Transparency.Generator.Load;

/// <summary>Stops a build because the input has mistakes; nothing is written.</summary>
internal sealed class InputException(IReadOnlyList<InputError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;
}
