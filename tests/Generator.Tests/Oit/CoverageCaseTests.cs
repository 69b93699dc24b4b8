using Transparency.Checks.Criteria;
using Transparency.Checks.Oit;
using Transparency.Generator.Tests.Support;

namespace Transparency.Generator.Tests.Oit;

/// <summary>
/// Every OIT item, on the built sample site: it passes as published, and fails with the right status and message for
/// each way it can fail — its page missing, its content stale, an element or a link to its plan missing.
/// </summary>
public sealed class CoverageCaseTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private static readonly CriteriaSet Criteria = CriteriaCatalog.Load("2565")!;

    /// <summary>One row per way an item can be incomplete: how to break the sample, and what the report must say.</summary>
    private static readonly Dictionary<string, (Func<CheckedSample, CheckedSample> Break, string Says)> Incomplete = new(StringComparer.Ordinal)
    {
        ["O1 without a chart"] = (s => s.Remove("O1", ".org-chart"), "Organisation chart"),
        ["O2 with an executive without a photo"] = (s => s.Remove("O2", "table tbody tr:first-child img"), "Photo of every executive"),
        ["O2 with an executive without contact"] = (s => s.Replace("O2", "0 3739 1234 ต่อ 101", "–"), "Contact of every executive"),
        ["O3 as a whole statute"] = (s => s.Append("O3", string.Concat(Enumerable.Range(1, 20).Select(n => $"<p>มาตรา {n} ให้เทศบาลมีหน้าที่…</p>"))), "A summary, not a whole statute"),
        ["O4 without indicators"] = (s => s.Blank("O4", "ตัวชี้วัด"), "Indicators"),
        ["O5 without a map"] = (s => s.Remove("O5", "a[href*='openstreetmap']"), "Location map"),
        ["O5 without an address"] = (s => s.Blank("O5", "ที่อยู่"), "Address"),
        ["O6 without laws"] = (s => s.Blank("O6", "กฎหมาย", "พระราชบัญญัติ"), "List of laws"),
        ["O7 without dated news items"] = (s => s.Remove("O7", "time"), "Dated news items"),
        ["O8 without an online channel"] = (s => s.Remove("O8", "a[href^='http'], a[href^='mailto:']"), "An online channel to ask questions"),
        ["O9 without social accounts"] = (s => s.Remove("O9", "a[href^='https://www.facebook.com'], a[href^='https://line.me'], a[href^='https://www.youtube.com']"), "Links to social network accounts"),
        ["O10 without periods"] = (s => s.Blank("O10", "ระยะเวลา"), "Implementation period"),
        ["O11 without spending"] = (s => s.Blank("O11", "เบิกจ่าย", "ใช้จ่าย"), "Budget spent"),
        ["O11 not on the projects of O10"] = (s => s.SetMeta("O10", "oit:fiscal-year", "2569"), "Entries of O10 missing from this page"),
        ["O12 without problems"] = (s => s.Blank("O12", "ปัญหา", "อุปสรรค"), "Problems and obstacles"),
        ["O13 without steps"] = (s => s.Blank("O13", "ขั้นตอน"), "Working steps"),
        ["O14 without time taken"] = (s => s.Blank("O14", "ระยะเวลา"), "Time taken"),
        ["O15 without numbers"] = (s => s.Blank("O15", "จำนวน", "ผู้รับบริการ", "รวม", "คำร้อง", "เดือน"), "Number of services delivered"),
        ["O16 without results"] = (s => s.Blank("O16", "ผลการสำรวจ", "ความพึงพอใจ"), "Survey results"),
        ["O17 with downloadable forms only"] = (s => s.Remove("O17", "a[href^='http'], form").Append("O17", "<p><a href=\"https://eservice.khlongphruksa.go.th/forms/request.pdf\">แบบคำร้อง</a></p>"), "An online service (not only downloadable forms)"),
        ["O18 without programmes"] = (s => s.Blank("O18", "แผนงาน", "งบ"), "Budget by programme or expense type"),
        ["O19 without spending"] = (s => s.Blank("O19", "เบิกจ่าย"), "Spending against the plan"),
        ["O20 without suggestions"] = (s => s.Blank("O20", "ข้อเสนอแนะ"), "Suggestions"),
        ["O21 without budgets"] = (s => s.Blank("O21", "วงเงิน", "งบประมาณ"), "Budget"),
        ["O22 without announcements"] = (s => s.Blank("O22", "ประกาศ"), "Announcements"),
        ["O23 without the reference price column"] = (s => s.Blank("O23", "ราคากลาง"), "Reference price"),
        ["O24 without problems"] = (s => s.Blank("O24", "ปัญหา", "อุปสรรค"), "Problems and obstacles"),
        ["O25 without the policy"] = (s => s.Blank("O25", "นโยบาย"), "Human resources policy"),
        ["O26 without actions"] = (s => s.Blank("O26", "การดำเนินการ"), "Actions under the policy"),
        ["O26 without the policy it implements"] = (s => s.Undeclare("O25"), "O25 for Fiscal year 2570 (2026/27), which this item implements, is not published"),
        ["O27 without morale"] = (s => s.Blank("O27", "ขวัญกำลังใจ"), "Morale"),
        ["O28 without suggestions"] = (s => s.Blank("O28", "ข้อเสนอแนะ"), "Suggestions"),
        ["O29 without a time frame"] = (s => s.Blank("O29", "ระยะเวลา"), "Time frame"),
        ["O30 without an online channel"] = (s => s.Remove("O30", "a[href^='http'], form"), "An online channel to report corruption"),
        ["O30 through the general channel"] = (s => s.Replace("O30", "https://eservice.khlongphruksa.go.th/corruption-report/", "https://eservice.khlongphruksa.go.th/"), "not separate from the channel of O32"),
        ["O31 without in-progress counts"] = (s => s.Blank("O31", "ระหว่างดำเนินการ"), "Complaints in progress"),
        ["O32 without an online channel"] = (s => s.Remove("O32", "a[href^='http'], a[href^='mailto:'], form"), "An online channel for opinions"),
        ["O33 without activities"] = (s => s.Blank("O33", "กิจกรรม"), "Participation activities"),
        ["O34 signed by a former head"] = (s => s.Replace("O34", "นายสมชาย ใจดีงาม", "นายสมศักดิ์ อดีตนายก"), "Signed by the current head"),
        ["O35 without activities"] = (s => s.Blank("O35", "กิจกรรม"), "Activities of the executives"),
        ["O36 without risk levels"] = (s => s.Blank("O36", "ระดับ"), "Risk level"),
        ["O37 not acting on every risk of O36"] = (s => s.Remove("O37", "table tbody tr:last-child"), "Entries of O36 missing from this page"),
        ["O38 without activities"] = (s => s.Blank("O38", "กิจกรรม"), "Culture-building activities"),
        ["O39 without periods"] = (s => s.Blank("O39", "ระยะเวลา"), "Period"),
        ["O40 without spending"] = (s => s.Blank("O40", "เบิกจ่าย"), "Budget spent"),
        ["O41 without suggestions"] = (s => s.Blank("O41", "ข้อเสนอแนะ"), "Suggestions"),
        ["O42 without the analysis"] = (s => s.Blank("O42", "การวิเคราะห์"), "Analysis of last year's result"),
        ["O43 not acting on every measure of O42"] = (s => s.Remove("O43", "table tbody tr:first-child"), "Entries of O42 missing from this page"),
    };

    public static TheoryData<string> Codes => new(Criteria.Items.Select(i => i.Code));

    /// <summary>Items with a time rule: those that can turn stale.</summary>
    public static TheoryData<string> TimedCodes => new(Criteria.Items.Where(i => i.Rule is not ("standing" or "online_channel")).Select(i => i.Code));

    public static TheoryData<string> IncompleteCases => new(Incomplete.Keys);

    [Fact]
    public void EveryItemHasAnIncompleteCase() =>
        Assert.All(Criteria.Items, item => Assert.Contains(Incomplete.Keys, k => k.StartsWith(item.Code + " ", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Codes))]
    public void PassesAsPublished(string code)
    {
        var item = new CheckedSample(sample.Output).Item(code);

        Assert.True(item.Passed, $"{code}: {item.Status}: {string.Join(" | ", item.Problems.Select(p => p.What.En))}");
        Assert.StartsWith("https://www.khlongphruksa.go.th/th/", item.ItasUrl, StringComparison.Ordinal);
        Assert.NotEmpty(item.Evidence);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void MissingWithoutAPage(string code)
    {
        var item = new CheckedSample(sample.Output).Undeclare(code).Item(code);

        Assert.Equal(ItemStatus.Missing, item.Status);
        Assert.Contains($"No page declares item {code}", item.Problems.Single().What.En, StringComparison.Ordinal);
        Assert.Contains($"oit: [{code}]", item.Problems.Single().Fix.En, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TimedCodes))]
    public void StaleWhenItsContentIsTwoYearsOld(string code)
    {
        var item = new CheckedSample(sample.Output).Age(code).Item(code);

        Assert.Equal(ItemStatus.Stale, item.Status);
        Assert.Contains("Must cover", item.Problems.Single().What.En, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(IncompleteCases))]
    public void IncompleteWhenAnElementIsMissing(string name)
    {
        var (breakIt, says) = Incomplete[name];
        var code = name.Split(' ')[0];

        var item = breakIt(new CheckedSample(sample.Output)).Item(code);

        Assert.Equal(ItemStatus.Incomplete, item.Status);
        Assert.Contains(item.Problems, p => p.What.En.Contains(says, StringComparison.Ordinal) && p.Fix.En.Length > 0 && p.What.Th.Length > 0);
    }

    [Fact]
    public void MissingWhenTheItaMenuDoesNotLinkThePage()
    {
        var site = new CheckedSample(sample.Output);
        site.Site.Document("th/ita/index.html").QuerySelectorAll("a[href='/th/about/contact/']").ToList().ForEach(a => a.Remove());

        var item = site.Item("O5");

        Assert.Equal(ItemStatus.Missing, item.Status);
        Assert.Contains("the ITA menu does not link to it", item.Problems.Single().What.En, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryItemMissingWhenTheHomePageDoesNotLinkTheMenu()
    {
        var site = new CheckedSample(sample.Output);
        site.Site.Document("th/index.html").QuerySelectorAll("a[href='/th/ita/']").ToList().ForEach(a => a.Remove());

        Assert.All(site.Check().Items, item => Assert.Equal(ItemStatus.Missing, item.Status));
    }

    [Fact]
    public void NextMonthlySummaryIsListedAsUpcomingWithItsDueDate()
    {
        var report = new CheckedSample(sample.Output).Check();

        var upcoming = Assert.Single(report.Upcoming);
        Assert.Equal("O23", upcoming.Code);
        Assert.Equal(new DateOnly(2026, 12, 10), upcoming.Upcoming!.Due);
        Assert.Contains("November 2026", upcoming.Upcoming.What.En, StringComparison.Ordinal);
    }

    [Fact]
    public void SixMonthReportsAreListedAsUpcomingBeforeTheyAreDue()
    {
        var report = new CheckedSample(sample.Output).Check(new DateOnly(2027, 4, 10));

        var dueAfterMarch = report.Upcoming.Where(i => i.Upcoming!.Due == new DateOnly(2027, 5, 1)).Select(i => i.Code).ToList();
        // O15 and O31 keep passing: their pages state a period running to the end of fiscal year 2570.
        Assert.Equal(["O11", "O19", "O40"], dueAfterMarch);
    }

    [Fact]
    public void PlansAreListedAsUpcomingBeforeANewFiscalYear()
    {
        var report = new CheckedSample(sample.Output).Check(new DateOnly(2027, 9, 15));

        var dueOnFirstOctober = report.Upcoming.Where(i => i.Upcoming!.Due == new DateOnly(2027, 10, 1)).Select(i => i.Code).ToList();
        // The development plan (O4) runs 2566–2570, so it too must be renewed for 2571.
        Assert.Equal(["O4", "O10", "O18", "O21", "O25", "O36", "O39", "O42"], dueOnFirstOctober);
    }
}
