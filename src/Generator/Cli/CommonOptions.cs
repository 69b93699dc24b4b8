using System.CommandLine;

namespace Transparency.Generator.Cli;

/// <summary>The folder options shared by the commands that build.</summary>
internal sealed class CommonOptions
{
    public Option<DirectoryInfo> Input { get; } = new("--input", "-i")
    {
        Description = "The organisation's data folder.",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public Option<DirectoryInfo> Theme { get; } = new("--theme")
    {
        Description = "The theme folder (layouts, partials, assets, UI strings).",
        DefaultValueFactory = _ => new DirectoryInfo("theme"),
    };

    public Option<DirectoryInfo> Output { get; } = new("--output", "-o")
    {
        Description = "Where the site is written; replaced only when the build succeeds.",
        DefaultValueFactory = _ => new DirectoryInfo("_site"),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(Output);
    }

    public Build.BuildOptions Read(ParseResult result) => new(
        result.GetValue(Input)!.FullName,
        result.GetValue(Theme)!.FullName,
        result.GetValue(Output)!.FullName,
        DateTimeOffset.Now);
}
