namespace Transparency.Browser.Tests.Support;

/// <summary>Puts every browser test class on the one built site and browser, run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
