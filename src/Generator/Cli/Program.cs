using System.CommandLine;

namespace Transparency.Generator.Cli;

/// <summary>The <c>transparency</c> command: build the site, serve it while editing, check the built site, or search it.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Transparency: builds a bilingual ITA disclosure portal for a Thai local government from input/ and theme/.")
        {
            BuildCommand.Create(),
            ServeCommand.Create(),
            CheckCommand.Create(),
            SearchCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
