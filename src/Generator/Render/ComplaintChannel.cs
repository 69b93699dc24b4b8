using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>Where corruption and misconduct are reported, apart from general complaints: the form, the mailbox and the telephone.</summary>
internal sealed record ComplaintChannelView(string Url, string Email, string Phone);

/// <summary>The corruption-complaint channel of <c>site.yaml</c>, for the layout of the page that publishes it (O30).</summary>
internal static class ComplaintChannel
{
    public static ComplaintChannelView Build(Site site, string language, UrlScheme urls)
    {
        var channel = site.Config.CorruptionComplaints;
        return new ComplaintChannelView(channel.Url, channel.Email, channel.Phone.In(language));
    }
}
