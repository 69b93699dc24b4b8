namespace Transparency.Generator.Serve;

/// <summary>Lets open pages wait for the next successful rebuild.</summary>
internal sealed class ReloadSignal
{
    private TaskCompletionSource next = NewSource();

    public Task NextAsync() => Volatile.Read(ref next).Task;

    public void Fire() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
