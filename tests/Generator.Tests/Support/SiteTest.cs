namespace Transparency.Generator.Tests.Support;

/// <summary>A test class that builds its own mini-site: each test gets a fresh one, deleted afterwards.</summary>
public abstract class SiteTest : IDisposable
{
    internal SiteFixture Site { get; } = new();

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}
