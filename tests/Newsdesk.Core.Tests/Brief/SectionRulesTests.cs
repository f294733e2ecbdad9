using Newsdesk.Core.Brief;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Brief;

/// <summary>Every section earns its place: FAQ answers fit their question, "Why it matters" holds consequences only,
/// and every perspective says whose it is.</summary>
public class SectionRulesTests
{
    internal static StoryBrief Write(string language, params ArticleAnalysis[] articles)
    {
        var story = new StoryClusterer(new ClusterOptions()).Cluster(articles).Single();
        var thread = new StoryThread("t1", [story.Id]);
        return ExtractiveBriefWriter.Write(new BriefContext
        {
            Story = story with { ThreadId = thread.Id },
            Thread = thread,
            Language = language,
            Articles = articles,
            Links = new Dictionary<string, StoryLink>(),
            Slugs = new Dictionary<string, string> { [language] = "2026-06-23-story" },
            Site = new SiteOptions("Test Desk", "https://desk.example"),
            Newest = story.Updated,
        });
    }

    private static StoryBrief English() => Write("en",
        Fixtures.Analyze(21, "ledger", "en", "2026-06-23T08:00:00Z", "Selde floods Auen as river bursts its banks",
            "The river Selde burst its banks in Auen on Tuesday morning and flooded the old town.",
            "Residents will not be allowed back into their homes before Thursday, the city said.",
            "\"We are sorry for the confusion and we will do better next time,\" a city spokesman said.",
            "The flood could be the worst in years, some residents said.",
            "The closure of the bridge will affect about 9,000 commuters a day and cost local shops dearly."),
        Fixtures.Analyze(22, "wire", "en", "2026-06-23T09:00:00Z", "Auen flooded after Selde rises",
            "The Selde flooded large parts of Auen's old town on Tuesday after days of heavy rain.",
            "Mayor Ruth Calloway and the fire brigade chief Tom Berger visited the flooded streets.",
            "Engineers plan to inspect the dykes next week before the water is pumped out."),
        Fixtures.Analyze(23, "courier", "en", "2026-06-23T10:00:00Z", "Selde floods Auen old town",
            "Firefighters rescued 86 people from flooded houses in Auen overnight.",
            "The water in the old town of Auen rose by almost two metres on Tuesday afternoon.",
            "Forecasters expect the Selde to fall below the warning level by Friday.",
            "The state government will pay emergency aid of 48 million euros to households in Auen.",
            "Volunteers filled 20,000 sandbags at the Auen fire station on Monday night.",
            "Schools in the old town stay closed for the rest of the week."));

    private static StoryBrief German() => Write("de",
        Fixtures.Analyze(31, "bote", "de", "2026-06-23T08:00:00Z", "Selde überflutet die Altstadt von Auen",
            "Die Selde ist am Dienstagmorgen in Auen über die Ufer getreten und hat die Altstadt überflutet.",
            "Die Anwohner dürfen frühestens am Donnerstag in ihre Häuser zurück, teilte die Stadt mit.",
            "„Wir entschuldigen uns für die Verwirrung und werden es besser machen“, sagte ein Sprecher der Stadt.",
            "Die Sperrung der Brücke wird rund 9.000 Pendler täglich betreffen und die Geschäfte viel Geld kosten."),
        Fixtures.Analyze(32, "kurier", "de", "2026-06-23T09:00:00Z", "Hochwasser in Auen: Selde überflutet Altstadt",
            "Die Selde hat am Dienstag nach tagelangem Regen große Teile der Altstadt von Auen überflutet.",
            "Bürgermeisterin Ruth Calloway und Feuerwehrchef Tom Berger besuchten die überfluteten Straßen.",
            "Ingenieure wollen nächste Woche die Deiche prüfen, bevor das Wasser abgepumpt wird."),
        Fixtures.Analyze(33, "anzeiger", "de", "2026-06-23T10:00:00Z", "Selde überflutet Altstadt von Auen",
            "Die Feuerwehr rettete in der Nacht 86 Menschen aus überfluteten Häusern in Auen.",
            "Das Wasser in der Altstadt von Auen stieg am Dienstagnachmittag um fast zwei Meter.",
            "Der Wetterdienst erwartet, dass die Selde bis Freitag unter die Warnstufe fällt.",
            "Das Land wird den Haushalten in Auen eine Soforthilfe von 48 Millionen Euro zahlen.",
            "Freiwillige füllten am Montagabend an der Feuerwache in Auen 20.000 Sandsäcke.",
            "Die Schulen in der Altstadt bleiben für den Rest der Woche geschlossen."));

    public static TheoryData<string> Languages => ["en", "de"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_faq_answer_fits_its_question_and_none_is_an_apology_or_a_date_ahead(string language)
    {
        var brief = language == "de" ? German() : English();
        var faq = brief.Section(BriefSectionKind.Faq)?.Items ?? [];

        Assert.NotEmpty(faq);
        Assert.All(faq, item => Assert.True(BriefQuality.FaqFits(item.Label!, item.Text, language), $"{item.Label} -> {item.Text}"));
        Assert.DoesNotContain(faq, i => i.Text.Contains("sorry", StringComparison.OrdinalIgnoreCase) || i.Text.Contains("entschuldig", StringComparison.OrdinalIgnoreCase));
        var when = faq.Where(i => i.Label is "When did it happen?" or "Wann ist es passiert?");
        Assert.DoesNotContain(when, i => i.Text.Contains(language == "de" ? "Donnerstag" : "Thursday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "When did it happen?", "The river Selde burst its banks in Auen on Tuesday morning.", true)]
    [InlineData("en", "When did it happen?", "Residents will not be allowed back into their homes before Thursday.", false)]
    [InlineData("en", "What happens next?", "Engineers plan to inspect the dykes next week.", true)]
    [InlineData("en", "What happens next?", "\"We are sorry and we will do better next time,\" a spokesman said.", false)]
    [InlineData("en", "What happens next?", "The next set of marks, after the body was rolled over, was deeper.", false)]
    [InlineData("en", "What happens next?", "He was called into the office the next morning.", false)]
    [InlineData("en", "How much or how many?", "The state will pay emergency aid of 48 million euros.", true)]
    [InlineData("en", "How much or how many?", "The water rose quickly in the old town.", false)]
    [InlineData("de", "Wann ist es passiert?", "Die Selde ist am Dienstagmorgen in Auen über die Ufer getreten.", true)]
    [InlineData("de", "Wann ist es passiert?", "Die Anwohner werden frühestens am Donnerstag zurückkehren.", false)]
    [InlineData("de", "Wie geht es weiter?", "Ingenieure wollen nächste Woche die Deiche prüfen, die Stadt plant neue Dämme.", true)]
    [InlineData("de", "Wie geht es weiter?", "„Wir entschuldigen uns und werden es besser machen“, sagte ein Sprecher.", false)]
    public void An_answer_fits_its_question_by_its_kind(string language, string question, string answer, bool fits) =>
        Assert.Equal(fits, BriefQuality.FaqFits(question, answer, language));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Why_it_matters_holds_a_consequence_and_not_a_guess(string language)
    {
        var brief = language == "de" ? German() : English();
        var why = brief.Section(BriefSectionKind.WhyItMatters)?.Items ?? [];

        var item = Assert.Single(why);
        Assert.Contains(language == "de" ? "Pendler" : "commuters", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(why, i => i.Text.Contains("worst in years", StringComparison.Ordinal));
    }

    [Fact]
    public void A_perspective_from_a_page_without_a_site_name_is_labelled_with_its_host()
    {
        var article = Fixtures.Analyze(41, "ledger", "en", "2026-06-23T08:00:00Z", "Harbour crane collapses in Lindau",
            "A crane collapsed onto the cargo ship Nordlicht in Lindau harbour on Wednesday morning.",
            "Port director Fiona Hale said two dock workers were slightly injured and taken to hospital.",
            "Engineers from the crane maker Kessler will inspect the remaining four cranes this week.",
            "The harbour's union criticised the port for delaying repairs to the cranes for years, its chairman Ola Berg said.",
            "Ships are being diverted to the neighbouring port of Bregen until the wreck is cleared.",
            "\"The crane was checked only last month,\" said a spokesman of the port authority.",
            "Insurers warned that the damage to the Nordlicht could run into the millions, according to the shipping agent.",
            "The crew of the Nordlicht told reporters they had heard a loud bang before the crane fell.");
        article = article with { Article = article.Article with { SiteName = " " } };

        var perspectives = Write("en", article).Section(BriefSectionKind.Perspectives)?.Items ?? [];

        Assert.All(perspectives, p => Assert.Equal("ledger.example", p.Label));
        Assert.NotEmpty(perspectives);
    }

    [Fact]
    public void A_story_has_one_category_in_both_languages()
    {
        // The English report names the flood; the German one only says what happened in the town.
        ArticleAnalysis[] articles =
        [
            Fixtures.Analyze(51, "ledger", "en", "2026-06-23T08:00:00Z", "Selde flood: 86 rescued in Auen",
                "The flood on the river Selde forced 86 people in Auen to leave their homes on Tuesday.",
                "The storm brought the heaviest rain in decades, and the river rose by two metres in a day."),
            Fixtures.Analyze(52, "bote", "de", "2026-06-23T09:00:00Z", "Selde: 86 Menschen in Auen gerettet",
                "In Auen an der Selde mussten am Dienstag 86 Menschen ihre Häuser verlassen.",
                "Die Stadt Auen richtete in der Turnhalle eine Notunterkunft ein."),
        ];
        var english = Write("en", articles).FrontMatter.Category;
        var german = Write("de", articles).FrontMatter.Category;

        Assert.Equal("environment", english);
        Assert.Equal(english, german);
    }

    [Fact]
    public void A_photo_caption_written_into_the_text_never_enters_the_brief()
    {
        var brief = Write("en",
            Fixtures.Analyze(61, "ledger", "en", "2026-06-23T08:00:00Z", "Selde floods Auen as river bursts its banks",
                "Mayor Ruth Calloway inspects the flooded quay of Auen in this undated photo released by the city of Auen.",
                "The river Selde burst its banks in Auen on Tuesday morning and flooded the old town.",
                "Firefighters rescued 86 people from flooded houses in Auen overnight."));

        Assert.DoesNotContain(brief.Sections.SelectMany(s => s.Items), i => i.Text.Contains("undated photo", StringComparison.Ordinal));
        Assert.NotEmpty(brief.Section(BriefSectionKind.TlDr)!.Items);
    }
}
