namespace Transparency.Generator.Tests.Support;

/// <summary>Assertions on the mistakes a build of a mini-site stops on.</summary>
internal static class BuildErrorAssert
{
    /// <summary>The build stops on exactly one mistake, at this place, saying this in English and Thai, with a fix in both.</summary>
    public static async Task FailsOnceAtAsync(this SiteFixture site, string file, int line, int column, string english, string thai)
    {
        var error = Assert.Single(await site.BuildFailingAsync());

        Assert.Equal(("input/" + file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(english, error.Message, StringComparison.Ordinal);
        Assert.Contains(thai, error.ThaiMessage, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
        Assert.NotEmpty(error.ThaiFix!);
    }
}
