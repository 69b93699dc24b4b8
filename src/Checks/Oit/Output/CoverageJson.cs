using System.Text.Json;
using System.Text.Json.Serialization;

namespace Transparency.Checks.Oit.Output;

/// <summary>The coverage report as JSON, for scripts and dashboards: every item, its evidence and findings, and the score.</summary>
public static class CoverageJson
{
    /// <summary>Snake-case names, enums as words, Thai written as text.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(CoverageReport report) => JsonSerializer.Serialize(Shape(report), Options);

    /// <summary>The report as plain data, so callers can nest it in a larger document.</summary>
    public static object Shape(CoverageReport report) => new
    {
        criteria_version = report.CriteriaVersion,
        as_of = report.AsOf,
        language = report.Language,
        passed = report.Passed,
        score = new
        {
            oit = Math.Round(report.Score.Oit, 2),
            indicators = report.Score.Indicators.Select(i => new { i.Code, score = Math.Round(i.Score, 2) }),
            groups = report.Score.Groups.Select(g => new { g.Code, score = Math.Round(g.Score, 2) }),
        },
        items = report.Items,
        upcoming = report.Upcoming.Select(i => new { i.Code, due = i.Upcoming!.Due, what = i.Upcoming.What }),
    };
}
