using System.Globalization;
using System.Xml.Linq;

namespace Transparency.Checks.Oit.Output;

/// <summary>The coverage report as JUnit XML, so a CI server shows each OIT item as a test: one suite per sub-indicator.</summary>
public static class CoverageJUnit
{
    public static XElement Suites(CoverageReport report, string language = Languages.English) =>
        new("testsuites",
            new XAttribute("name", $"OIT {report.CriteriaVersion} as of {report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"),
            new XAttribute("tests", report.Items.Count),
            new XAttribute("failures", report.Items.Count(i => !i.Passed)),
            report.Items.GroupBy(i => i.Group).Select(group => new XElement("testsuite",
                new XAttribute("name", group.Key),
                new XAttribute("tests", group.Count()),
                new XAttribute("failures", group.Count(i => !i.Passed)),
                group.Select(item => Case(item, language)))));

    public static string Write(CoverageReport report) => new XDocument(new XDeclaration("1.0", "utf-8", null), Suites(report)).ToString();

    private static XElement Case(ItemResult item, string language)
    {
        var test = new XElement("testcase", new XAttribute("classname", $"OIT.{item.Group}"), new XAttribute("name", $"{item.Code} {item.Title.In(language)}"));
        if (!item.Passed)
        {
            test.Add(new XElement("failure",
                new XAttribute("type", item.Status.ToString().ToLowerInvariant()),
                new XAttribute("message", string.Join(" ", item.Problems.Select(p => p.What.In(language)))),
                string.Join("\n", item.Problems.Select(p => $"{p.What.In(language)} → {p.Fix.In(language)}"))));
        }

        return test;
    }
}
