using System.Text;

namespace Transparency.Bench;

/// <summary>
/// Writes a deterministic synthetic organisation into an input folder: site.yaml, a home page, an index per section,
/// <c>pages</c> leaf pages in Thai and English over fiscal years 2566–2570, one small document per eight pages, and
/// <c>procurementRows</c> contracts in monthly procurement summaries.
/// </summary>
internal sealed class SyntheticOrganisation(int pages, int seed = SyntheticOrganisation.DefaultSeed, int procurementRows = 0)
{
    public const int DefaultSeed = 2570;
    private const int PagesPerDocument = 8;
    private const string NewsSection = "news";

    /// <summary>The real input/site.yaml's keys and organisation, so the theme sees the same settings as in production.</summary>
    private const string SiteYaml = """
        name:
          th: เทศบาลตำบลคลองพฤกษา
          en: Khlong Phruksa Subdistrict Municipality
        type:
          th: เทศบาลตำบล
          en: Subdistrict municipality
        address:
          th: 99 หมู่ 4 ถนนรังสิต-นครนายก ตำบลคลองพฤกษา อำเภอองครักษ์ จังหวัดนครนายก 26120
          en: 99 Moo 4, Rangsit–Nakhon Nayok Road, Khlong Phruksa, Ongkharak, Nakhon Nayok 26120
        office_hours:
          th: วันจันทร์–ศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)
          en: Monday to Friday, 8.30 am to 4.30 pm, except public holidays
        phone: 0 3739 1234
        fax: 0 3739 1235
        email: saraban@khlongphruksa.go.th
        map:
          latitude: 14.1103
          longitude: 100.9931
        social:
          - { name: Facebook, url: "https://www.facebook.com/khlongphruksa" }
          - { name: LINE Official Account, url: "https://line.me/R/ti/p/@khlongphruksa" }
          - { name: YouTube, url: "https://www.youtube.com/@khlongphruksa" }
        base_url: https://www.khlongphruksa.go.th/
        default_language: th
        criteria_version: "2565"
        thai_digits: false
        emblem: assets/emblem.svg

        """;

    private const string Emblem = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#1f5f3f"/><path d="M32 12 L44 40 H20 Z" fill="#f2c94c"/></svg>

        """;

    public SyntheticSummary WriteTo(string inputFolder)
    {
        var random = new Random(seed);
        var pagesFolder = Path.Combine(inputFolder, "pages");
        var documentsFolder = Path.Combine(inputFolder, "documents");
        Directory.CreateDirectory(documentsFolder);
        Directory.CreateDirectory(pagesFolder);
        Directory.CreateDirectory(Path.Combine(inputFolder, "assets"));
        Write(Path.Combine(inputFolder, "site.yaml"), SiteYaml);
        Write(Path.Combine(inputFolder, "assets", "emblem.svg"), Emblem);
        WritePair(pagesFolder, "index", HomePage());
        foreach (var section in SectionPlan.All)
        {
            Directory.CreateDirectory(Path.Combine(pagesFolder, section.Key));
            WritePair(pagesFolder, $"{section.Key}/index", SectionIndex(section));
        }

        var weights = SectionPlan.All.Select(s => s.Weight).ToArray();
        SyntheticPage? sample = null;
        var documents = 0;
        for (var sequence = 1; sequence <= pages; sequence++)
        {
            var section = SectionPlan.All[SyntheticPage.Weighted(random, weights)];
            var page = SyntheticPage.Create(random, sequence, section, sequence % PagesPerDocument == 0);
            WritePair(pagesFolder, page.Key, page.Files);
            if (page.Document is { } document)
            {
                File.WriteAllBytes(Path.Combine(documentsFolder, document.FileName), document.Pdf);
                Write(Path.Combine(documentsFolder, Path.ChangeExtension(document.FileName, ".yaml")), document.Sidecar);
                documents++;
            }

            if (sample is null || (section.Key == NewsSection && !sample.Key.StartsWith(NewsSection + "/", StringComparison.Ordinal)))
            {
                sample = page;
            }
        }

        SyntheticProcurement.Write(random, inputFolder, procurementRows);
        var total = pages + 1 + SectionPlan.All.Length;
        return new SyntheticSummary(total, documents, sample?.Key ?? string.Empty, sample?.Title ?? Vocabulary.Organisation);
    }

    private static Bilingual HomePage() => new(
        """
        ---
        title: เทศบาลตำบลคลองพฤกษา
        description: เว็บไซต์ทางการของเทศบาลตำบลคลองพฤกษา อำเภอองครักษ์ จังหวัดนครนายก
        layout: home
        date: 2568-06-16
        unit: สำนักปลัดเทศบาล
        ---
        ## สารจากนายกเทศมนตรี

        ยินดีต้อนรับสู่เว็บไซต์ของเทศบาลตำบลคลองพฤกษา ช่องทางที่เทศบาลใช้เผยแพร่ข่าวสาร แผนงาน งบประมาณ และผลการดำเนินงาน เพื่อให้ประชาชนติดตามและตรวจสอบได้ทุกวัน

        """,
        """
        ---
        title: Khlong Phruksa Subdistrict Municipality
        description: Official website of Khlong Phruksa Subdistrict Municipality, Ongkharak District, Nakhon Nayok.
        layout: home
        date: 2568-06-16
        unit: Office of the Municipal Clerk
        ---
        ## A welcome from the Mayor

        Welcome to the website of Khlong Phruksa Subdistrict Municipality, where we publish our news, plans, budgets and results so that residents can follow and check our work at any time.

        """);

    private static Bilingual SectionIndex(SectionPlan section)
    {
        var oit = section.Key == NewsSection ? "oit: [O7]\n" : string.Empty;
        var unit = Vocabulary.Units[section.Unit];
        return new(
            $"---\ntitle: {section.Name.Th}\ndescription: {section.Intro.Th}\n{oit}date: 2568-06-16\nunit: {unit.Th}\n---\n{section.Intro.Th} จัดทำโดย{unit.Th} {Vocabulary.Organisation.Th}\n",
            $"---\ntitle: {section.Name.En}\ndescription: {section.Intro.En}\n{oit}date: 2568-06-16\nunit: {unit.En}\n---\n{section.Intro.En} Kept up to date by the {unit.En}.\n");
    }

    private static void WritePair(string pagesFolder, string key, Bilingual files)
    {
        Write(Path.Combine(pagesFolder, key + ".th.md"), files.Th);
        Write(Path.Combine(pagesFolder, key + ".en.md"), files.En);
    }

    // Explicit UTF-8 without a byte order mark and LF only, so the same seed gives the same bytes on every platform.
    private static void Write(string file, string text) =>
        File.WriteAllText(file, text.ReplaceLineEndings("\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}

/// <summary>What was generated: pages per language (leaf and index pages), documents, and one page to check the build by.</summary>
internal sealed record SyntheticSummary(int Pages, int Documents, string SampleKey, Bilingual SampleTitle);
