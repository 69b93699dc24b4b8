namespace Transparency.Generator.Tests.Support;

/// <summary>Reads the two-column examples table of a spec file in <c>Specs/</c>: the file documents and tests at once.</summary>
internal static class SpecTable
{
    public static TheoryData<string, string> Read(string specFile)
    {
        var rows = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", specFile);
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith('|')).Skip(2))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rows.Add(cells[0], cells[1]);
        }

        return rows;
    }
}
