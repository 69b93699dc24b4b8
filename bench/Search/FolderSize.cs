using System.IO.Compression;

namespace Transparency.Bench.Search;

/// <summary>How many files a folder holds and their bytes, as stored and gzipped one by one (as a compressing host sends them).</summary>
internal sealed record FolderSize(int Files, long Bytes, long GzipBytes)
{
    public static FolderSize Of(string folder, Func<string, bool>? include = null)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(include ?? (_ => true)).ToList();
        return new FolderSize(files.Count, files.Sum(f => new FileInfo(f).Length), files.Sum(f => Gzipped(File.ReadAllBytes(f))));
    }

    public static long Gzipped(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.Length;
    }
}
