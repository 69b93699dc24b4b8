using Transparency.Generator.Model;

namespace Transparency.Generator.Load;

/// <summary>Reads every <c>name.th.md</c> / <c>name.en.md</c> under <c>input/pages</c> into source pages.</summary>
internal static class PageReader
{
    /// <summary>Front matter starts on the line after the opening <c>---</c>.</summary>
    private const int FrontMatterLine = 2;

    public static IReadOnlyList<SourcePage> ReadAll(string pagesFolder, string inputRoot, List<InputError> errors)
    {
        if (!Directory.Exists(pagesFolder))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(pagesFolder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        var pages = new SourcePage?[files.Count];
        var errorsPerFile = new List<InputError>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            errorsPerFile[i] = [];
            pages[i] = Read(files[i], pagesFolder, inputRoot, errorsPerFile[i]);
        });
        errors.AddRange(errorsPerFile.SelectMany(e => e));
        return pages.OfType<SourcePage>().ToList();
    }

    private static SourcePage? Read(string file, string pagesFolder, string inputRoot, List<InputError> errors)
    {
        var display = DisplayPath.Of(file, inputRoot);
        var relative = Path.GetRelativePath(pagesFolder, file).Replace('\\', '/');
        var nameParts = relative[..^".md".Length].Split('.');
        if (nameParts.Length != 2 || !Languages.All.Contains(nameParts[1]))
        {
            errors.Add(new InputError(display, 0, 0,
                "The file name does not say its language.",
                "Name it like about.th.md or about.en.md."));
            return null;
        }

        var split = FrontMatterSplitter.Split(File.ReadAllText(file));
        if (split is not { } parts)
        {
            errors.Add(new InputError(display, 1, 1,
                "The page has no front matter.",
                "Start the file with a line '---', then 'title: ...', then another '---' line."));
            return null;
        }

        var frontMatter = YamlFile.Read<FrontMatter>(parts.Yaml, display, errors, FrontMatterLine);
        if (frontMatter is null)
        {
            return null;
        }

        if (frontMatter.Title.Trim().Length == 0)
        {
            errors.Add(new InputError(display, FrontMatterLine, 1, "The page has no title.", "Add a line 'title: ...' to the front matter."));
        }

        frontMatter.Oit = NormaliseCodes(frontMatter.Oit, display, parts.Yaml, errors);
        if (frontMatter.Period is { } period && !PeriodParser.TryParse(period, out _))
        {
            errors.Add(new InputError(display, FrontMatterSplitter.LineOf(parts.Yaml, "period", FrontMatterLine), "period".Length + 3,
                $"'{period}' is not a period.",
                $"Write it as {PeriodParser.AcceptedForms}."));
        }

        var key = nameParts[0] == "index" ? string.Empty
            : nameParts[0].EndsWith("/index", StringComparison.Ordinal) ? nameParts[0][..^"/index".Length]
            : nameParts[0];
        return new SourcePage(
            display,
            key,
            nameParts[1],
            frontMatter,
            ReadDate(frontMatter.Date, "date", parts.Yaml, FrontMatterLine, display, errors),
            ReadDate(frontMatter.Updated, "updated", parts.Yaml, FrontMatterLine, display, errors),
            parts.Body);
    }

    private static List<string> NormaliseCodes(List<string> written, string display, string yaml, List<InputError> errors)
    {
        var codes = new List<string>();
        foreach (var code in written)
        {
            if (OitCode.Normalise(code) is { } canonical)
            {
                codes.Add(canonical);
            }
            else
            {
                errors.Add(new InputError(display, FrontMatterSplitter.LineOf(yaml, "oit", FrontMatterLine), 1,
                    $"'{code}' is not an OIT item code.",
                    "Write codes like O1 to O43, for example 'oit: [O21, O22]'."));
            }
        }

        return codes;
    }

    /// <summary>Parses a front matter date, reporting the line of its key when it cannot be read.</summary>
    public static DateOnly? ReadDate(string? written, string key, string yaml, int firstLine, string display, List<InputError> errors)
    {
        if (written is null)
        {
            return null;
        }

        if (ThaiDateParser.TryParse(written, out var date))
        {
            return date;
        }

        errors.Add(new InputError(display, FrontMatterSplitter.LineOf(yaml, key, firstLine), key.Length + 3,
            $"'{written}' is not a date.",
            $"Write it as {ThaiDateParser.AcceptedForms}."));
        return null;
    }
}
