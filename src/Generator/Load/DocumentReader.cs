using Transparency.Generator.Model;

namespace Transparency.Generator.Load;

/// <summary>Reads the files under <c>input/documents</c> and the YAML sidecar that describes each one.</summary>
internal static class DocumentReader
{
    private const string SidecarExtension = ".yaml";

    public static IReadOnlyList<SiteDocument> ReadAll(string documentsFolder, string inputRoot, List<InputError> errors)
    {
        if (!Directory.Exists(documentsFolder))
        {
            return [];
        }

        var documents = new List<SiteDocument>();
        foreach (var file in Directory.EnumerateFiles(documentsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(SidecarExtension, StringComparison.OrdinalIgnoreCase))
            {
                ReportOrphanSidecar(file, inputRoot, errors);
                continue;
            }

            if (Read(file, documentsFolder, inputRoot, errors) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    private static SiteDocument? Read(string file, string documentsFolder, string inputRoot, List<InputError> errors)
    {
        var display = DisplayPath.Of(file, inputRoot);
        var sidecar = Path.ChangeExtension(file, SidecarExtension);
        var sidecarDisplay = DisplayPath.Of(sidecar, inputRoot);
        if (!File.Exists(sidecar))
        {
            errors.Add(new InputError(display, 0, 0,
                "The document has no description.",
                $"Create {sidecarDisplay} with its title (th and en), date and the OIT codes it publishes."));
            return null;
        }

        var yaml = File.ReadAllText(sidecar);
        if (YamlFile.Read<DocumentMetadata>(yaml, sidecarDisplay, errors) is not { } metadata)
        {
            return null;
        }

        if (metadata.Title.Th.Length == 0 && metadata.Title.En.Length == 0)
        {
            errors.Add(new InputError(sidecarDisplay, 1, 1, "The document has no title.", "Add 'title:' with 'th:' and 'en:' lines under it."));
        }

        var date = PageReader.ReadDate(metadata.Date, "date", yaml, 1, sidecarDisplay, errors);
        if (metadata.Date is null)
        {
            errors.Add(new InputError(sidecarDisplay, 1, 1, "The document has no date.", "Add a line such as 'date: 2569-10-20'."));
        }

        var codes = metadata.Oit.Select(OitCode.Normalise).OfType<string>().ToList();
        if (codes.Count != metadata.Oit.Count)
        {
            errors.Add(new InputError(sidecarDisplay, FrontMatterSplitter.LineOf(yaml, "oit", 1), 1,
                "One of the OIT codes cannot be read.", "Write codes like O1 to O43, for example 'oit: [O21]'."));
        }

        return date is { } published
            ? new SiteDocument(
                Path.GetRelativePath(documentsFolder, file).Replace('\\', '/'),
                file,
                metadata.Title,
                published,
                metadata.FiscalYear is { } year ? new FiscalYear(year) : null,
                codes,
                new FileInfo(file).Length)
            : null;
    }

    private static void ReportOrphanSidecar(string sidecar, string inputRoot, List<InputError> errors)
    {
        var stem = Path.Combine(Path.GetDirectoryName(sidecar) ?? string.Empty, Path.GetFileNameWithoutExtension(sidecar));
        var described = Directory.EnumerateFiles(Path.GetDirectoryName(sidecar) ?? ".", Path.GetFileName(stem) + ".*")
            .Any(f => !f.EndsWith(SidecarExtension, StringComparison.OrdinalIgnoreCase));
        if (!described)
        {
            errors.Add(new InputError(DisplayPath.Of(sidecar, inputRoot), 0, 0,
                "This description has no document beside it.",
                "Put the document with the same name next to it, or delete the description."));
        }
    }
}
