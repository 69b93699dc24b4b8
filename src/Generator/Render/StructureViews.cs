using Transparency.Generator.Model;
using Transparency.Generator.Model.Structure;
using Transparency.Generator.Render.Data;

namespace Transparency.Generator.Render;

/// <summary>A person in a position as shown: a vacant post has no name, photograph or contacts.</summary>
internal sealed record PersonView(string Position, string? Name, string? PhotoUrl, string Phone, string PhoneHref, string Email);

/// <summary>A unit of the chart with its head, its staff and the units below it.</summary>
internal sealed record UnitNodeView(string Id, string Name, string Head, string? Holder, bool HeadVacant, int Staff, IReadOnlyList<PersonView> Members, IReadOnlyList<UnitNodeView> Units);

/// <summary>One arm of the organisation: its units as a tree, or its executives as a list.</summary>
internal sealed record ArmView(string Name, IReadOnlyList<UnitNodeView> Units, IReadOnlyList<PersonView> People);

/// <summary>The organisation chart or the executives, by arm, with the downloads of the structure files.</summary>
internal sealed record OrganisationView(IReadOnlyList<ArmView> Arms, int TotalStaff, IReadOnlyList<DownloadView> Downloads);

/// <summary>Builds the views of the structure pages.</summary>
internal static class StructureViews
{
    public static OrganisationView Chart(Organisation organisation, Site site, string language, UrlScheme urls) => new(
        Arms(site).Select(arm => new ArmView(arm.In(language), organisation.Roots(arm.Code).Select(u => Node(organisation, u, language, urls)).ToList(), [])).ToList(),
        organisation.Units.Sum(u => u.Staff),
        Downloads(site, language, urls));

    public static OrganisationView Executives(Organisation organisation, Site site, string language, UrlScheme urls)
    {
        var armOfUnit = organisation.Units.ToDictionary(u => u.Code, u => u.Arm, StringComparer.Ordinal);
        return new OrganisationView(
            Arms(site).Select(arm => new ArmView(
                arm.In(language),
                [],
                organisation.Positions.Where(p => p.Executive == "yes" && armOfUnit.GetValueOrDefault(p.Unit) == arm.Code).Select(p => Person(p, language, urls)).ToList())).ToList(),
            organisation.Units.Sum(u => u.Staff),
            Downloads(site, language, urls));
    }

    private static IEnumerable<Model.Data.DatasetChoice> Arms(Site site) =>
        Load.Data.SchemaCatalog.Get(UnitRow.Dataset).Column("arm").Choices;

    private static UnitNodeView Node(Organisation organisation, UnitRow unit, string language, UrlScheme urls)
    {
        var english = language == Languages.English;
        var head = organisation.HeadOf(unit);
        return new UnitNodeView(
            "unit-" + unit.Code,
            english ? unit.NameEnglish : unit.Name,
            english ? unit.HeadEnglish : unit.Head,
            head is null || head.IsVacant ? null : Name(head, language),
            head?.IsVacant == true,
            organisation.StaffBelow(unit),
            organisation.PositionsIn(unit).Where(p => p != head && p.Executive != "yes").Select(p => Person(p, language, urls)).ToList(),
            organisation.Children(unit).Select(child => Node(organisation, child, language, urls)).ToList());
    }

    private static PersonView Person(PositionRow position, string language, UrlScheme urls) => new(
        language == Languages.English ? position.PositionEnglish : position.Position,
        position.IsVacant ? null : Name(position, language),
        position.IsVacant || position.Photo.Length == 0 ? null : position.Photo.StartsWith("http", StringComparison.Ordinal) ? position.Photo : urls.Asset(position.Photo),
        language == Languages.English ? position.Phone.Replace("ต่อ", "ext.", StringComparison.Ordinal) : position.Phone,
        TelephoneLink(position.Phone),
        position.Email);

    private static string Name(PositionRow position, string language) =>
        language == Languages.English && position.NameEnglish.Length > 0 ? position.NameEnglish : position.Name;

    // "0 3739 1234 ต่อ 101" dials the main number; the extension is read out by the operator.
    private static string TelephoneLink(string phone) => phone.Length == 0 ? string.Empty
        : "tel:" + new string(ThaiDigits.ToArabic(phone.Split("ต่อ")[0].Split("ext")[0]).Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    private static List<DownloadView> Downloads(Site site, string language, UrlScheme urls) =>
        site.Data.Files.Where(f => f.Schema.Id is UnitRow.Dataset or PositionRow.Dataset).Select(f => DownloadView.Of(f, language, urls)).ToList();
}
