using Transparency.Generator.Load;

namespace Transparency.Generator.Tests.Support;

/// <summary>Asserts that a data-file mistake is reported where it is, says what is wrong in both languages and how to fix it.</summary>
internal static class InputErrorAssert
{
    public static void IsAt(InputError error, string file, int line, int column, string english, string thai)
    {
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(english, error.Message, StringComparison.Ordinal);
        Assert.Contains(thai, error.ThaiMessage, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
        Assert.NotEmpty(error.ThaiFix!);
    }

    /// <summary>The build of <paramref name="site"/> stops on exactly one mistake, in <c>input/</c><paramref name="file"/> at this place.</summary>
    public static async Task FailsOnceAtAsync(this SiteFixture site, string file, int line, int column, string english, string thai) =>
        IsAt(Assert.Single(await site.BuildFailingAsync()), "input/" + file, line, column, english, thai);
}
