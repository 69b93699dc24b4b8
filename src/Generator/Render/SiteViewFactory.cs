using System.Globalization;
using Transparency.Generator.Model;

namespace Transparency.Generator.Render;

/// <summary>The organisation's details in one language, as templates show them.</summary>
internal static class SiteViewFactory
{
    public static SiteView Create(SiteConfig config, string language, UrlScheme urls) => new(
        config.Name.In(language),
        config.Type.In(language),
        config.Address.In(language),
        config.OfficeHours.In(language),
        config.Phone,
        config.Fax,
        config.Email,
        string.Create(CultureInfo.InvariantCulture,
            $"https://www.openstreetmap.org/?mlat={config.Map.Latitude}&mlon={config.Map.Longitude}#map=16/{config.Map.Latitude}/{config.Map.Longitude}"),
        config.Social.Select(s => new LinkView(s.Name, s.Url)).ToList(),
        config.Emblem.Length > 0 ? urls.Asset(config.Emblem) : string.Empty,
        urls.Page(language, string.Empty),
        urls.Page(language, "search"),
        urls.Asset($"{language}/news/feed.xml"),
        urls.Asset("assets/css/site.css"),
        urls.Asset("assets/css/print.css"),
        urls.Asset("assets/js/search.js"),
        urls.Asset($"search/{language}/"),
        urls.Asset("assets/css/fonts.css"));
}
