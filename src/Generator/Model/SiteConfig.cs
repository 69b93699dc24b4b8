namespace Transparency.Generator.Model;

/// <summary>The organisation and site settings read from <c>input/site.yaml</c>.</summary>
public sealed class SiteConfig
{
    public LocalizedText Name { get; set; } = new();

    public LocalizedText Type { get; set; } = new();

    public LocalizedText Address { get; set; } = new();

    public LocalizedText OfficeHours { get; set; } = new();

    public string Phone { get; set; } = string.Empty;

    public string Fax { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public MapLocation Map { get; set; } = new();

    public List<SocialAccount> Social { get; set; } = [];

    public string BaseUrl { get; set; } = string.Empty;

    public string DefaultLanguage { get; set; } = Languages.Thai;

    public string CriteriaVersion { get; set; } = string.Empty;

    /// <summary>Writes numbers on Thai pages in Thai digits, as some organisations prefer.</summary>
    public bool ThaiDigits { get; set; }

    /// <summary>Path of the emblem image under <c>input/</c>.</summary>
    public string Emblem { get; set; } = string.Empty;

    /// <summary>The prefix of the organisation's Open Contracting IDs, registered with the Open Contracting Partnership.</summary>
    public string OcidPrefix { get; set; } = "ocds-000000";

    /// <summary>The licence of the open data the site publishes.</summary>
    public DataLicence DataLicence { get; set; } = new();

    /// <summary>Where corruption and misconduct are reported, kept apart from the general contacts so reports bypass them (O30).</summary>
    public CorruptionComplaintChannel CorruptionComplaints { get; set; } = new();
}

/// <summary>An open-data licence: Creative Commons Attribution 4.0 unless <c>site.yaml</c> names another.</summary>
public sealed class DataLicence
{
    public LocalizedText Name { get; set; } = new() { Th = "สัญญาอนุญาตครีเอทีฟคอมมอนส์แบบแสดงที่มา 4.0", En = "Creative Commons Attribution 4.0" };

    public string Url { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}

/// <summary>The corruption-complaint channel: the online form, the mailbox only internal audit reads, and a telephone line.</summary>
public sealed class CorruptionComplaintChannel
{
    public string Url { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public LocalizedText Phone { get; set; } = new();
}

/// <summary>Where the office is, for the contact page and the footer.</summary>
public sealed class MapLocation
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }
}

/// <summary>One of the organisation's social-network accounts.</summary>
public sealed class SocialAccount
{
    public string Name { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;
}
