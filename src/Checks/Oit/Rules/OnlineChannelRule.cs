namespace Transparency.Checks.Oit.Rules;

/// <summary>
/// <c>online_channel</c>: a channel that must work whenever an assessor looks (Q&amp;A, social networks, e-service,
/// complaints); its elements ask for the online service itself, since the checks never fetch other sites.
/// </summary>
internal sealed class OnlineChannelRule : UndatedRule
{
    public override string Name => "online_channel";
}
