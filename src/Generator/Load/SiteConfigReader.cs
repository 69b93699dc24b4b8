using Transparency.Generator.Model;

namespace Transparency.Generator.Load;

/// <summary>Reads <c>input/site.yaml</c> and checks the settings every site needs.</summary>
internal static class SiteConfigReader
{
    public const string FileName = "site.yaml";

    public static SiteConfig Read(string inputRoot, List<InputError> errors)
    {
        var file = Path.Combine(inputRoot, FileName);
        var display = DisplayPath.Of(file, inputRoot);
        if (!File.Exists(file))
        {
            errors.Add(new InputError(display, 0, 0, "The site settings file is missing.", "Create it; README.md shows an example."));
            return new SiteConfig();
        }

        var yaml = File.ReadAllText(file);
        if (YamlFile.Read<SiteConfig>(yaml, display, errors) is not { } config)
        {
            return new SiteConfig();
        }

        Require(config.Name.Th.Length > 0 && config.Name.En.Length > 0, "name", "The organisation's name in Thai and English is missing.", "Add 'name:' with 'th:' and 'en:' lines.");
        Require(Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out _), "base_url", $"'{config.BaseUrl}' is not a web address.", "Write the site's address, such as https://www.example.go.th/.");
        Require(Languages.All.Contains(config.DefaultLanguage), "default_language", $"'{config.DefaultLanguage}' is not a language of the site.", "Write th or en.");
        Require(config.CriteriaVersion.Length > 0, "criteria_version", "The OIT criteria version is missing.", "Add a line such as 'criteria_version: \"2565\"'.");
        var channel = config.CorruptionComplaints;
        Require(channel.Url.Length == 0 || (Uri.TryCreate(channel.Url, UriKind.Absolute, out var form) && form.Scheme is "https" or "http"), "corruption_complaints",
            $"'{channel.Url}' is not a web address.", "Write the address of the corruption-complaint form, such as https://eservice.example.go.th/corruption.");
        Require(channel.Email.Length == 0 || System.Net.Mail.MailAddress.TryCreate(channel.Email, out _), "corruption_complaints",
            $"'{channel.Email}' is not an e-mail address.", "Write the mailbox that receives corruption complaints, such as corruption@example.go.th.");
        return config;

        void Require(bool ok, string key, string message, string fix)
        {
            if (!ok)
            {
                errors.Add(new InputError(display, FrontMatterSplitter.LineOf(yaml, key, 1), 1, message, fix));
            }
        }
    }
}
