using Transparency.Checks.Criteria;
using Transparency.Checks.Oit.Elements;
using Transparency.Checks.Oit.Evidence;

namespace Transparency.Checks.Oit.Consistency;

/// <summary>
/// Checks that an item's online channel is its own: the corruption-complaint channel (O30) must not be merely the general
/// feedback channel, so that whistle-blowers are protected.
/// </summary>
internal static class SeparateChannelChecker
{
    public static void Check(OitItem item, EvidenceScope scope, CheckContext context, List<Finding> problems)
    {
        var own = OnlineServiceFinder.Targets(scope.Root).ToHashSet(StringComparer.Ordinal);
        foreach (var other in item.SeparateFrom)
        {
            var general = context.Index.PagesOf(other).SelectMany(p => OnlineServiceFinder.Targets(p.Main)).ToHashSet(StringComparer.Ordinal);
            if (own.Count > 0 && own.IsSubsetOf(general))
            {
                problems.Add(new Finding(
                    CheckMessages.Get("not_separate", CheckMessages.Same(other), CheckMessages.Same(string.Join(", ", own))),
                    CheckMessages.Get("not_separate_fix")));
            }
        }
    }
}
