using Transparency.Checks.Criteria;
using Transparency.Checks.Oit.Consistency;
using Transparency.Checks.Oit.Elements;
using Transparency.Checks.Oit.Evidence;
using Transparency.Checks.Oit.Rules;

namespace Transparency.Checks.Oit;

/// <summary>
/// Decides one item as an assessor would: is a page published and reachable through the ITA menu (else missing), does
/// it cover the period the rule requires (else stale), does it show every element and agree with the items it follows
/// from (else incomplete). A passing item whose requirement changes within <see cref="Horizon"/> days is also checked
/// on that day, and listed as upcoming when it would fail then.
/// </summary>
internal static class ItemChecker
{
    public const int Horizon = 30;

    public static ItemResult Check(OitItem item, string group, string indicator, CheckContext context)
    {
        var rule = TimeRules.ByName[item.Rule];
        var due = item.DueDays ?? rule.DefaultDueDays;
        var verdict = Judge(item, rule, due, context, context.AsOf);
        var reachable = context.Index.PagesOf(item.Code).Where(context.Index.IsReachable).ToList();
        var chosen = verdict.Chosen ?? reachable.FirstOrDefault();
        return new ItemResult(
            item.Code,
            item.Title,
            group,
            indicator,
            verdict.Status,
            chosen is null ? string.Empty : context.ItasUrl(chosen),
            reachable.Select(p => View(p, context)).ToList(),
            verdict.Problems,
            verdict.Notes,
            chosen?.Unit ?? string.Empty,
            verdict.Status == ItemStatus.Pass ? Ahead(item, rule, due, context) : null);
    }

    private static Upcoming? Ahead(OitItem item, ITimeRule rule, int due, CheckContext context)
    {
        if (rule.NextChange(context.AsOf, due) is not { } next || next > context.AsOf.AddDays(Horizon)
            || Judge(item, rule, due, context, next).Status == ItemStatus.Pass)
        {
            return null;
        }

        var periods = rule.Require(next, due).Where(p => !rule.Require(context.AsOf, due).Contains(p)).Select(p => p.Range).ToList();
        return new Upcoming(next, CheckMessages.Get(
            "upcoming",
            language => string.Join(", ", periods.Select(p => p.Describe(language))),
            language => Calendar.ThaiDateFormat.Full(next, language)));
    }

    private static Verdict Judge(OitItem item, ITimeRule rule, int due, CheckContext context, DateOnly day)
    {
        var pages = context.Index.PagesOf(item.Code);
        if (pages.Count == 0)
        {
            return Verdict.Fail(ItemStatus.Missing, new Finding(CheckMessages.Get("no_page", CheckMessages.Same(item.Code)), CheckMessages.Get("no_page_fix", CheckMessages.Same(item.Code))));
        }

        if (context.Index.MenuFiles.Count == 0)
        {
            return Verdict.Fail(ItemStatus.Missing, new Finding(CheckMessages.Get("no_menu"), CheckMessages.Get("no_menu_fix")));
        }

        var reachable = pages.Where(context.Index.IsReachable).ToList();
        if (reachable.Count == 0)
        {
            return Verdict.Fail(ItemStatus.Missing, new Finding(CheckMessages.Get("unreachable", CheckMessages.Same(pages[0].Url)), CheckMessages.Get("unreachable_fix")));
        }

        var scopes = reachable.SelectMany(p => p.Scopes()).ToList();
        var required = rule.Require(day, due);
        var groups = required.Count == 0
            ? [scopes.Where(s => s.Root == s.Page.Main).ToList()]
            : required.Select(period => scopes.Where(s => Accepts(s, period)).ToList()).ToList();
        var stale = required.Zip(groups).Where(pair => pair.Second.Count == 0).Select(pair => pair.First).ToList();
        if (stale.Count > 0)
        {
            return Verdict.Fail(ItemStatus.Stale, new Finding(
                CheckMessages.Get("stale", Periods(stale.Select(s => s.Range)), Found(reachable)),
                CheckMessages.Get("stale_fix", Periods(stale.Select(s => s.Range)))));
        }

        var problems = new List<Finding>();
        var notes = new List<LocalizedText>();
        EvidencePage? chosen = null;
        foreach (var group in groups)
        {
            var best = group.Select(scope => Examine(item, scope, context)).OrderBy(r => r.Problems.Count).First();
            problems.AddRange(best.Problems);
            notes.AddRange(best.Notes);
            chosen ??= best.Scope.Page;
        }

        return new Verdict(problems.Count == 0 ? ItemStatus.Pass : ItemStatus.Incomplete, problems, notes.DistinctBy(n => n.En).ToList(), chosen);
    }

    private static (EvidenceScope Scope, List<Finding> Problems, List<LocalizedText> Notes) Examine(OitItem item, EvidenceScope scope, CheckContext context)
    {
        var problems = ElementChecker.Missing(item, scope.Root, context)
            .Select(e => new Finding(
                CheckMessages.Get("element_missing", CheckMessages.Of(e.Title), CheckMessages.Same(scope.Page.Url)),
                e.Fix.Th.Length > 0 ? e.Fix : CheckMessages.Get("element_fix", CheckMessages.Of(e.Title))))
            .ToList();
        var notes = new List<LocalizedText>();
        ConsistencyChecker.Check(item, scope, context, problems, notes);
        SeparateChannelChecker.Check(item, scope, context, problems);
        return (scope, problems, notes);
    }

    private static bool Accepts(EvidenceScope scope, RequiredPeriod period) => scope.Period is { } covered
        ? period.AcceptsPeriod(covered)
        : period.AcceptsUndated && new[] { scope.Page.Published, scope.Page.Modified }.Any(d => d is { } day && period.Range.Contains(day));

    private static Func<string, string> Periods(IEnumerable<Calendar.DateRange> periods) =>
        language => string.Join(", ", periods.Select(p => p.Describe(language)));

    private static Func<string, string> Found(IEnumerable<EvidencePage> pages) => language =>
    {
        var found = pages.Select(p => p.Period).OfType<Calendar.DateRange>().Distinct().OrderByDescending(p => p.End).Select(p => p.Describe(language)).ToList();
        return found.Count > 0 ? string.Join(", ", found) : CheckMessages.Get("no_period").In(language);
    };

    private static EvidenceView View(EvidencePage page, CheckContext context) => new(
        page.Title,
        page.Url,
        context.ItasUrl(page),
        page.Period is { } period
            ? new LocalizedText { Th = period.Describe(Languages.Thai), En = period.Describe(Languages.English) }
            : CheckMessages.Get("period_not_stated"),
        page.LastModified,
        page.Unit);

    private sealed record Verdict(ItemStatus Status, IReadOnlyList<Finding> Problems, IReadOnlyList<LocalizedText> Notes, EvidencePage? Chosen)
    {
        public static Verdict Fail(ItemStatus status, Finding finding) => new(status, [finding], [], null);
    }
}
