using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Brief;

/// <summary>
/// A story that develops, in three steps (first reports; a development the same day; a development the next day), in
/// English and German: the lead follows the newest development, superseded facts are stated nowhere as current, "What's
/// new" gives what the new reports added (their figures too), and versions count up.
/// </summary>
public class LivingStoryTests
{
    private static readonly BriefSectionKind[] Current =
    [
        BriefSectionKind.TlDr, BriefSectionKind.Summary, BriefSectionKind.WhyItMatters, BriefSectionKind.KeyPoints,
        BriefSectionKind.Perspectives, BriefSectionKind.Faq, BriefSectionKind.WhatsNew,
    ];

    // The warehouse fire: smoke warning and an open fire; then put out, warning lifted; then arson, an arrest.
    private static readonly ArticleAnalysis[] FireDay1 =
    [
        Fixtures.Analyze(1, "courier", "en", "2026-07-06T08:00:00Z", "Warehouse fire in Thornbury: residents told to keep windows shut",
            "A large fire broke out at a furniture warehouse on Mill Road in Thornbury early on Monday, sending thick smoke across the town.",
            "Residents were told to keep windows and doors shut because of the smoke.",
            "The fire was not yet under control on Monday morning, fire chief Dana Holt said.",
            "About 80 firefighters from four stations were called to the scene."),
        Fixtures.Analyze(2, "valleypost", "en", "2026-07-06T08:30:00Z", "Thornbury warehouse blaze sends smoke over town",
            "Firefighters battled a blaze at a furniture warehouse on Mill Road in Thornbury on Monday.",
            "Fire chief Dana Holt said the fire was still burning and crews would stay at the warehouse overnight.",
            "Nobody was injured in the fire, according to the Thornbury fire service."),
    ];

    private static readonly ArticleAnalysis FirePutOut =
        Fixtures.Analyze(3, "courier", "en", "2026-07-06T16:00:00Z", "Thornbury warehouse fire put out, smoke warning lifted",
            "Firefighters put out the fire at the Mill Road warehouse in Thornbury on Monday afternoon, fire chief Dana Holt said.",
            "The warning for residents to keep windows shut was lifted at 4 pm.",
            "The damage to the furniture warehouse is estimated at 2.5 million euros.");

    private static readonly ArticleAnalysis FireArrest =
        Fixtures.Analyze(4, "valleypost", "en", "2026-07-07T10:00:00Z", "Arson suspected in Thornbury warehouse fire",
            "A 34-year-old man was arrested on Tuesday morning after police said the fire at the Mill Road warehouse in Thornbury was started deliberately.",
            "Investigators reported traces of petrol at two points in the warehouse, Thornbury police said.");

    // The German strike: announced; called off after a pay deal; the deal accepted.
    private static readonly ArticleAnalysis[] StrikeDay1 =
    [
        Fixtures.Analyze(11, "nordkurier", "de", "2026-07-06T07:00:00Z", "Warnstreik bei der Stadtbahn Lindau am Donnerstag",
            "Die Gewerkschaft Verkehr Nord hat für Donnerstag einen ganztägigen Warnstreik bei der Stadtbahn Lindau angekündigt.",
            "Rund 40.000 Fahrgäste sollen auf Busse und Fahrräder ausweichen, teilte die Stadtbahn Lindau mit.",
            "Die Gewerkschaft fordert 8 Prozent mehr Lohn für die 1.200 Beschäftigten der Stadtbahn."),
        Fixtures.Analyze(12, "seeblatt", "de", "2026-07-06T08:00:00Z", "Stadtbahn Lindau: Streik am Donnerstag angekündigt",
            "Am Donnerstag soll bei der Stadtbahn Lindau kein Zug fahren, weil die Gewerkschaft Verkehr Nord zum Warnstreik aufgerufen hat.",
            "Die Stadtbahn Lindau bietet bisher 3 Prozent mehr Lohn über zwei Jahre an."),
    ];

    private static readonly ArticleAnalysis StrikeCalledOff =
        Fixtures.Analyze(13, "nordkurier", "de", "2026-07-06T15:00:00Z", "Warnstreik bei der Stadtbahn Lindau abgesagt",
            "Die Gewerkschaft Verkehr Nord hat den für Donnerstag geplanten Warnstreik bei der Stadtbahn Lindau abgesagt.",
            "Beide Seiten einigten sich am Montag auf 5 Prozent mehr Lohn über 18 Monate und eine Einmalzahlung von 1.000 Euro.",
            "Die Züge der Stadtbahn Lindau fahren am Donnerstag nach dem normalen Fahrplan.");

    private static readonly ArticleAnalysis StrikeAccepted =
        Fixtures.Analyze(14, "seeblatt", "de", "2026-07-07T09:00:00Z", "Stadtbahn Lindau: Beschäftigte stimmen Tarifeinigung zu",
            "Die Beschäftigten der Stadtbahn Lindau haben der Tarifeinigung mit 87 Prozent zugestimmt, teilte die Gewerkschaft Verkehr Nord am Dienstag mit.",
            "Die höheren Löhne der Stadtbahn werden ab August gezahlt.");

    private static StoryBrief Write(IReadOnlyList<ArticleAnalysis> articles, string language, PreviousVersion? previous)
    {
        var story = new Story
        {
            Id = "s1",
            ArticleIds = articles.Select(a => a.Article.Id).ToList(),
            FirstPublished = articles.Min(a => a.Article.Published!.Value),
            Updated = articles.Max(a => a.Article.Published!.Value),
        };
        var thread = new StoryThread("t1", [story.Id]);
        return ExtractiveBriefWriter.Write(new BriefContext
        {
            Story = story,
            Thread = thread,
            Language = language,
            Articles = articles,
            Links = new Dictionary<string, StoryLink> { [story.Id] = new(story.Id, language, "2026-07-06-story", "Planned headline", story.FirstPublished, new HashSet<string>()) },
            Slugs = new Dictionary<string, string> { [language] = "2026-07-06-story" },
            Site = new SiteOptions("Test Desk", "https://desk.example"),
            Newest = story.Updated,
            Previous = previous,
        });
    }

    /// <summary>Every sentence the brief states as current (not the Sources, Timeline or Key terms).</summary>
    private static List<string> Stated(StoryBrief brief) =>
        brief.Sections.Where(s => Current.Contains(s.Kind)).SelectMany(s => s.Items).Select(i => i.Text).ToList();

    private static string TlDr(StoryBrief brief) => brief.Section(BriefSectionKind.TlDr)!.Items.Single().Text;

    [Fact]
    public void A_first_version_has_no_whats_new_and_says_so_in_its_front_matter()
    {
        var brief = Write(FireDay1, "en", null);

        Assert.Equal(1, brief.FrontMatter.Version);
        Assert.Null(brief.Section(BriefSectionKind.WhatsNew));
        Assert.Contains("Residents were told to keep windows and doors shut because of the smoke.", Stated(brief));
    }

    [Fact]
    public void A_development_the_same_day_leads_the_brief_and_what_it_superseded_is_no_longer_stated()
    {
        var brief = Write([.. FireDay1, FirePutOut], "en", new PreviousVersion(1, 2, null));

        Assert.Equal(2, brief.FrontMatter.Version);
        // Headline and TL;DR: the same development, from the same report.
        Assert.Equal("Thornbury warehouse fire put out, smoke warning lifted", brief.FrontMatter.Title);
        Assert.StartsWith("Firefighters put out the fire", TlDr(brief), StringComparison.Ordinal);
        // What's new comes first and carries the development's other facts, its figure among them.
        Assert.Equal(BriefSectionKind.WhatsNew, brief.Sections[0].Kind);
        var whatsNew = brief.Section(BriefSectionKind.WhatsNew)!.Items.Select(i => i.Text).ToList();
        Assert.Contains(whatsNew, t => t.Contains("2.5 million euros", StringComparison.Ordinal));
        Assert.Contains(whatsNew, t => t.Contains("was lifted at 4 pm", StringComparison.Ordinal));
        var stated = Stated(brief);
        Assert.DoesNotContain(stated, t => t.Contains("not yet under control", StringComparison.Ordinal));
        Assert.DoesNotContain(stated, t => t.Contains("still burning", StringComparison.Ordinal));
        Assert.DoesNotContain("Residents were told to keep windows and doors shut because of the smoke.", stated);
        Assert.Equal(stated.Count, stated.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_development_the_next_day_leads_version_three_and_the_earlier_development_stays_as_background()
    {
        var brief = Write([.. FireDay1, FirePutOut, FireArrest], "en", new PreviousVersion(2, 3, 2));

        Assert.Equal(3, brief.FrontMatter.Version);
        Assert.Equal("Arson suspected in Thornbury warehouse fire", brief.FrontMatter.Title);
        Assert.StartsWith("A 34-year-old man was arrested", TlDr(brief), StringComparison.Ordinal);
        Assert.Contains(brief.Section(BriefSectionKind.WhatsNew)!.Items, i => i.Text.Contains("traces of petrol", StringComparison.Ordinal));
        // The earlier all-clear is still true; what it superseded is still not stated.
        var stated = Stated(brief);
        Assert.DoesNotContain(stated, t => t.Contains("not yet under control", StringComparison.Ordinal));
        Assert.Contains(stated, t => t.Contains("put out the fire", StringComparison.Ordinal) || t.Contains("was lifted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brief_written_again_without_new_reports_keeps_its_version_and_its_whats_new()
    {
        var grown = Write([.. FireDay1, FirePutOut], "en", new PreviousVersion(1, 2, null));
        var again = Write([.. FireDay1, FirePutOut], "en", new PreviousVersion(2, 3, 2));

        Assert.Equal(2, again.FrontMatter.Version);
        Assert.Equal(grown.Section(BriefSectionKind.WhatsNew), again.Section(BriefSectionKind.WhatsNew), new SectionComparer());
        Assert.Equal(TlDr(grown), TlDr(again));
    }

    [Fact]
    public void A_late_report_dated_before_what_the_brief_had_never_becomes_the_lead()
    {
        // Fetched after the all-clear (a higher number) but published that morning.
        var late = Fixtures.Analyze(5, "gazette", "en", "2026-07-06T09:00:00Z", "Thornbury warehouse held 4,000 sofas",
            "The warehouse on Mill Road in Thornbury held about 4,000 sofas when the fire broke out, its owner said.");
        var brief = Write([.. FireDay1, FirePutOut, late], "en", new PreviousVersion(2, 3, 2));

        Assert.Equal(3, brief.FrontMatter.Version);
        Assert.StartsWith("Firefighters put out the fire", TlDr(brief), StringComparison.Ordinal);
        Assert.Contains(brief.Section(BriefSectionKind.WhatsNew)!.Items, i => i.Text.Contains("4,000 sofas", StringComparison.Ordinal));
    }

    [Fact]
    public void Ein_abgesagter_Streik_fuehrt_das_Briefing_an_und_die_Zahlen_der_Einigung_stehen_unter_Was_ist_neu()
    {
        var brief = Write([.. StrikeDay1, StrikeCalledOff], "de", new PreviousVersion(1, 12, null));

        Assert.Equal(2, brief.FrontMatter.Version);
        Assert.Equal("Warnstreik bei der Stadtbahn Lindau abgesagt", brief.FrontMatter.Title);
        Assert.Contains("abgesagt", TlDr(brief), StringComparison.Ordinal);
        var whatsNew = string.Join(" ", brief.Section(BriefSectionKind.WhatsNew)!.Items.Select(i => i.Text));
        Assert.Contains("18 Monate", whatsNew, StringComparison.Ordinal);
        Assert.Contains("1.000 Euro", whatsNew, StringComparison.Ordinal);
        var stated = Stated(brief);
        Assert.DoesNotContain(stated, t => t.Contains("angekündigt", StringComparison.Ordinal));
        Assert.DoesNotContain(stated, t => t.StartsWith("Am Donnerstag soll", StringComparison.Ordinal));
        Assert.DoesNotContain(stated, t => t.Contains("bietet bisher 3 Prozent", StringComparison.Ordinal));
    }

    [Fact]
    public void Am_naechsten_Tag_fuehrt_die_Zustimmung_zur_Einigung_das_Briefing_an()
    {
        var brief = Write([.. StrikeDay1, StrikeCalledOff, StrikeAccepted], "de", new PreviousVersion(2, 13, 12));

        Assert.Equal(3, brief.FrontMatter.Version);
        Assert.Equal("Stadtbahn Lindau: Beschäftigte stimmen Tarifeinigung zu", brief.FrontMatter.Title);
        Assert.Contains("87 Prozent", TlDr(brief), StringComparison.Ordinal);
        Assert.DoesNotContain(Stated(brief), t => t.Contains("angekündigt", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_of_the_same_time_supersede_nothing()
    {
        // Two reports published at the same minute: neither is newer, so the open state stays stated.
        var same = FireDay1[0].Article.Published;
        var putOut = TextAnalyzer.Analyze(FirePutOut.Article with { Published = same });
        var brief = Write([FireDay1[0], putOut], "en", null);

        Assert.Contains(Stated(brief), t => t.Contains("keep windows and doors shut", StringComparison.Ordinal) || t.Contains("not yet under control", StringComparison.Ordinal));
    }

    private sealed class SectionComparer : IEqualityComparer<BriefSection?>
    {
        public bool Equals(BriefSection? x, BriefSection? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Items.Select(i => i.Text + string.Join(",", i.Citations)).SequenceEqual(y.Items.Select(i => i.Text + string.Join(",", i.Citations)));

        public int GetHashCode(BriefSection? obj) => obj?.Kind.GetHashCode() ?? 0;
    }
}
