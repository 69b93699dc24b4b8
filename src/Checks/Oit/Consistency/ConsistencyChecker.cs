using Transparency.Checks.Criteria;
using Transparency.Checks.Oit.Evidence;

namespace Transparency.Checks.Oit.Consistency;

/// <summary>
/// Checks that an item agrees with the item it follows from, as assessors do: O11 reports on O10's projects, O37 acts on
/// O36's risks, O43 on O42's measures. Both sides are taken from the same fiscal year.
/// </summary>
internal static class ConsistencyChecker
{
    public static void Check(OitItem item, EvidenceScope scope, CheckContext context, List<Finding> problems, List<LocalizedText> notes)
    {
        if (item.Consistency is not { } spec)
        {
            return;
        }

        var year = scope.Page.FiscalYear;
        var counterparts = context.Index.PagesOf(spec.Item)
            .Where(p => year is { } y && (p.FiscalYear == y || (p.Period is { } period && period.Covers(y.Range))))
            .ToList();
        var yearName = CheckMessages.Same(string.Empty);
        if (year is { } known)
        {
            yearName = language => Calendar.ThaiDateFormat.FiscalYearName(known, language);
        }

        if (counterparts.Count == 0)
        {
            if (spec.Mode == "same_year")
            {
                problems.Add(new Finding(
                    CheckMessages.Get("counterpart_missing", CheckMessages.Same(spec.Item), yearName),
                    CheckMessages.Get("counterpart_fix", CheckMessages.Same(spec.Item))));
            }
            else
            {
                notes.Add(CheckMessages.Get("not_compared", CheckMessages.Same(spec.Item), yearName));
            }

            return;
        }

        if (spec.Mode != "keys")
        {
            return;
        }

        var planned = counterparts.SelectMany(p => EntryList.Of(p.Main, spec.Columns)).DistinctBy(e => e.Key).ToDictionary();
        var reported = EntryList.Of(scope.Root, spec.Columns);
        Report("not_in_report", planned.Where(e => !reported.ContainsKey(e.Key)).Select(e => e.Value));
        Report("not_in_plan", reported.Where(e => !planned.ContainsKey(e.Key)).Select(e => e.Value));

        void Report(string key, IEnumerable<string> entries)
        {
            var list = string.Join("; ", entries);
            if (list.Length > 0)
            {
                problems.Add(new Finding(
                    CheckMessages.Get(key, CheckMessages.Same(spec.Item), CheckMessages.Same(list)),
                    CheckMessages.Get("consistency_fix", CheckMessages.Same(spec.Item))));
            }
        }
    }
}
