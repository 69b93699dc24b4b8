namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>online_channel</c>: a channel that must work whenever an assessor looks (Q&amp;A, social networks, e-service,
/// complaints); it has no period, and its elements ask for the online service itself.
/// </summary>
internal sealed class OnlineChannelRule : ITimeRule
{
    public string Name => "online_channel";

    public int DefaultDueDays => 0;

    public IReadOnlyList<RequiredPeriod> Require(DateOnly asOf, int dueDays) => [];

    public DateOnly? NextChange(DateOnly asOf, int dueDays) => null;
}
