using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Brief;

/// <summary>One fact, one place: a brief states each fact once and cites every source that reports it.</summary>
public class OneFactOnePlaceTests
{
    private static HashSet<string> Terms(string text, string language) => new(TermNormalizer.Terms(text, language), StringComparer.Ordinal);

    private static bool Same(string a, string b, string language) =>
        FactMatch.Same(FactMatch.Figures(a), Terms(a, language), FactMatch.Figures(b), Terms(b, language));

    [Theory]
    [InlineData("About 1,200 residents were evacuated on Tuesday.", "1200")]
    [InlineData("Rund 1.200 Anwohner mussten ihre Häuser verlassen.", "1200")]
    [InlineData("Der Schaden liegt bei 4,5 Millionen Euro.", "4500000")]
    [InlineData("The city will contribute €8 million for roads.", "8000000")]
    [InlineData("Die Stadt gibt 8 Millionen Euro dazu.", "8000000")]
    [InlineData("The repair costs 12.50 euros a metre.", "12.5")]
    [InlineData("Shares fell 14% on the news.", "14")]
    public void A_figure_is_read_the_same_however_it_is_written(string sentence, string figure) =>
        Assert.Equal([figure], FactMatch.Figures(sentence));

    [Theory]
    [InlineData("The council met on 23 June 2025 with 3 members absent.")]
    [InlineData("Der Rat tagte am 23. Juni 2025.")]
    [InlineData("The vote was on June 23rd, at 10:30.")]
    public void Dates_years_times_and_small_numbers_are_not_figures(string sentence) =>
        Assert.Empty(FactMatch.Figures(sentence));

    [Theory]
    [InlineData("en", "About 1,200 residents were evacuated on Tuesday.", "Police said 1,200 residents had left the district by the evening.", true)]
    [InlineData("en", "The river forced about 1,200 people from their homes.", "About 1,200 residents were evacuated during the night.", true)]
    [InlineData("en", "Rescuers brought 86 people to safety by boat.", "The oldest of them was 86 and had lived in the house all her life.", false)]
    [InlineData("en", "Rescuers brought 86 people to safety by boat.", "The fire brigade said 86 people were rescued by boat overnight.", true)]
    [InlineData("de", "Rund 1.200 Anwohner mussten ihre Häuser verlassen.", "Die Feuerwehr brachte 1200 Anwohner in Sicherheit.", true)]
    [InlineData("de", "Die Feuerwehr rettete 86 Menschen mit Booten.", "Die älteste Bewohnerin ist 86 Jahre alt.", false)]
    [InlineData("en", "The city council still has to approve an €8 million package for infrastructure.", "The city will contribute €8 million for road and power connections.", true)]
    [InlineData("de", "Der Stadtrat muss ein Paket von 8 Millionen Euro noch billigen.", "Die Stadt steuert 8 Millionen Euro für Straßen und Stromleitungen bei.", true)]
    public void Two_sentences_state_one_fact_when_they_share_a_figure_about_the_same_thing(string language, string a, string b, bool same) =>
        Assert.Equal(same, Same(a, b, language));

    [Theory]
    [InlineData("The Harwick Valley Water Authority said the Lower Mill district could flood by Friday evening.", "Authorities said the Lower Mill district could flood by Friday evening.")]
    [InlineData("Engineers carry the pumps to the Lower Mill district.", "Engineers carried the pumps to the Lower Mill district overnight.")]
    public void A_plural_in_ies_and_a_past_in_ied_meet_their_word_so_the_fact_is_stated_once(string a, string b)
    {
        Assert.True(Same(a, b, "en"));
        Assert.Equal(TermNormalizer.Terms("authority", "en"), TermNormalizer.Terms("authorities", "en"));
        Assert.Equal(TermNormalizer.Terms("cities", "en"), TermNormalizer.Terms("city", "en"));
        // Short words keep their ending: "dies" is not "dy".
        Assert.Equal("pies", LightStemmer.Stem("pies", "en"));
    }

    [Fact]
    public void The_ferry_brief_names_the_212_passengers_once_and_cites_both_sources_that_report_them()
    {
        var brief = ExtractiveBriefWriterTests.WriteFerryBrief("en");
        var sentences = SentenceItems(brief).Where(i => i.Text.Contains("212", StringComparison.Ordinal)).ToList();

        var item = Assert.Single(sentences);
        var english = brief.Sources.Where(s => s.Language == "en").Select(s => s.Number).Order().ToList();
        Assert.Equal(2, english.Count);
        Assert.Equal(english, item.Citations.Order());
    }

    [Fact]
    public void A_german_brief_states_the_evacuation_once_and_cites_both_sources()
    {
        var brief = SectionRulesTests.Write("de",
            Fixtures.Analyze(11, "bote", "de", "2026-06-23T08:00:00Z", "Hochwasser an der Selde: Teile von Auen geräumt",
                "Rund 1.200 Anwohner mussten am Dienstag ihre Häuser in Auen verlassen, weil die Selde über die Ufer trat.",
                "Die Feuerwehr rettete in der Nacht 86 Menschen mit Booten aus überfluteten Straßen.",
                "Der Bürgermeister Jan Kessler kündigte an, dass die Schulen bis Donnerstag geschlossen bleiben."),
            Fixtures.Analyze(12, "kurier", "de", "2026-06-23T10:00:00Z", "Selde-Hochwasser: 1.200 Menschen in Sicherheit gebracht",
                "Nach Angaben der Stadt wurden 1.200 Anwohner aus Auen in Sicherheit gebracht, als die Selde die Deiche überspülte.",
                "Mit Booten holten Helfer 86 Menschen aus ihren Wohnungen, teilte die Feuerwehr mit.",
                "Die Pegel sollen nach Angaben des Wetterdienstes erst am Freitag wieder sinken."));

        var items = SentenceItems(brief).ToList();
        foreach (var figure in new[] { "1.200", "86" })
        {
            var stating = items.Where(i => i.Text.Contains(figure, StringComparison.Ordinal)).ToList();
            Assert.True(stating.Count <= 1, $"{figure} stated {stating.Count} times: {string.Join(" | ", stating.Select(i => i.Text))}");
        }

        var evacuation = Assert.Single(items, i => i.Text.Contains("1.200", StringComparison.Ordinal));
        Assert.Equal([1, 2], evacuation.Citations.Order());
    }

    private static IEnumerable<BriefItem> SentenceItems(StoryBrief brief) =>
        brief.Sections.Where(s => s.Kind is not (BriefSectionKind.Sources or BriefSectionKind.Timeline or BriefSectionKind.RelatedTopics))
            .SelectMany(s => s.Items).Where(i => i.Text.Length > 0);
}
