using Transparency.Checks.Site;

namespace Transparency.Checks.Tests.Support;

/// <summary>A small built site written file by file into a temporary folder, for checks to read.</summary>
internal sealed class SiteFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("transparency-checks-").FullName;

    public SiteFolder Page(string path, string body) =>
        File($"{path}", $"<!DOCTYPE html><html lang=\"th\"><head><title>t</title></head><body>{body}</body></html>");

    public SiteFolder File(string path, string content) => File(path, System.Text.Encoding.UTF8.GetBytes(content));

    public SiteFolder File(string path, byte[] content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return this;
    }

    public BuiltSite Built(string basePath = "/") => new(Root, basePath);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
