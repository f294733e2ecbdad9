using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public class KeyTermTests
{
    private static string[] Words(string s) => Tokenizer.Words(s).ToArray();

    [Fact]
    public void Verbs_and_nouns_that_share_a_spelling_are_told_apart_by_their_neighbours()
    {
        var words = Words("Police attack the report while the attack report spreads");
        var classes = WordClassGuesser.Guess(words, "en");

        Assert.Equal(WordClass.Verb, classes[1]); // Police attack the …
        Assert.Equal(WordClass.Noun, classes[3]); // the report
        Assert.Equal(WordClass.Noun, classes[6]); // the attack report
        Assert.Equal(WordClass.Noun, classes[7]);
    }

    [Fact]
    public void A_participle_before_a_noun_modifies_it_but_after_a_subject_is_the_verb()
    {
        var modifier = WordClassGuesser.Guess(Words("The injured workers waited"), "en");
        var verb = WordClassGuesser.Guess(Words("Two workers were injured"), "en");

        Assert.Equal(WordClass.Adjective, modifier[1]);
        Assert.Equal(WordClass.Verb, verb[3]);
    }

    [Fact]
    public void German_adjectives_lead_the_capitalised_noun()
    {
        var classes = WordClassGuesser.Guess(Words("Die Firma setzt auf künstliche Intelligenz"), "de");

        Assert.Equal(WordClass.Adjective, classes[4]);
        Assert.Equal(WordClass.Noun, classes[5]);
        Assert.Equal(WordClass.Other, classes[2]); // setzt
    }

    [Fact]
    public void Phrases_are_adjectives_then_nouns_and_never_cross_a_verb_or_a_comma()
    {
        var phrases = PhraseRanker.Rank(
            [
                "Oil spill reaches coast",
                "The oil spill spread across the bay, fishermen said.",
                "Cleanup crews fought the oil spill along the rocky coast.",
                "The tanker leaked crude oil after it ran aground.",
            ],
            "en").Select(p => p.Surface.ToLowerInvariant()).ToList();

        Assert.Equal("oil spill", phrases[0]);
        Assert.Contains("crude oil", phrases);
        Assert.Contains("rocky coast", phrases);
        var multiWord = phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(multiWord, p => p.Contains("bay fishermen", StringComparison.Ordinal) || p.Contains("spread", StringComparison.Ordinal) || p.Contains("leaked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_alone_counts_for_the_full_name()
    {
        var phrases = PhraseRanker.Rank(
            ["Council backs plan", "Mayor Ruth Calloway presented the plan.", "Calloway said the fund was ready.", "Calloway thanked the volunteers."],
            "en");

        Assert.Contains(phrases, p => p.Surface == "Ruth Calloway" || p.Surface == "Mayor Ruth Calloway");
        Assert.DoesNotContain(phrases, p => p.Surface == "Calloway");
    }

    [Fact]
    public void Common_words_in_the_background_weigh_less_than_specific_ones()
    {
        string[] texts = ["Council on storm", "The council met in the harbour hall.", "The council named the storm.", "The council voted in the hall."];
        var background = BackgroundFrequencies.Count(Enumerable.Range(0, 50).Select(i => (IEnumerable<string>)["council", "doc" + i]));

        double Share(IReadOnlyList<PhraseRanker.RankedPhrase> ranked) =>
            ranked.First(p => p.Key == "storm").Score / ranked.First(p => p.Key == "council").Score;

        Assert.True(Share(PhraseRanker.Rank(texts, "en", background)) > 1.1 * Share(PhraseRanker.Rank(texts, "en")));
    }

    [Theory]
    [InlineData("Lumen Bank", "The breach at Lumen Bank exposed data.", KeyTermKind.Organisation)]
    [InlineData("River Selde", "The River Selde rose overnight.", KeyTermKind.Place)]
    [InlineData("Neustedt", "Trams stopped in Neustedt on Monday. In Neustedt, roads were jammed.", KeyTermKind.Place)]
    [InlineData("Ines Halvard", "The comet was found by researcher Ines Halvard.", KeyTermKind.Person)]
    [InlineData("Marta Kowalczyk", "\"We left at midnight,\" said Marta Kowalczyk, a resident of Old Quay.", KeyTermKind.Person)]
    [InlineData("Maureen Doyle", "Das sagte Sprecherin Maureen Doyle.", KeyTermKind.Person)]
    [InlineData("NVB", "Die NVB kritisierte den Streik.", KeyTermKind.Organisation)]
    [InlineData("TransVer", "The strike was called by the union TransVer on Monday.", KeyTermKind.Organisation)]
    [InlineData("Neustedt", "Die Neustedter Verkehrsbetriebe und der Neustedter Rat tagten in Neustedt.", KeyTermKind.Place)]
    [InlineData("Gewerkschaft", "Die Gewerkschaft fordert mehr Geld.", KeyTermKind.Name)]
    [InlineData("Hafen", "Der Hafen ist gesperrt.", KeyTermKind.Name)]
    public void Names_are_typed_from_their_words_and_their_context(string name, string text, KeyTermKind expected) =>
        Assert.Equal(expected, NameTyper.Type(name, [text], text.Contains("Die ") || text.Contains("Der ") || text.Contains("Das ") ? "de" : "en"));

    [Fact]
    public void A_role_or_kind_noun_before_a_name_types_it_and_the_name_is_listed_once()
    {
        var article = new Article
        {
            Url = "https://x.example/m",
            Title = "Maritime museum reopens",
            Language = "en",
            Paragraphs =
            [
                "The maritime museum reopened on Monday, said director Fiona Hale.",
                "Fiona Hale said the new hall would show the schooner. Hale thanked the carmaker Volta Motors for a donation.",
                "Volta Motors paid for the new hall, director Fiona Hale said.",
            ],
        };

        var terms = TextAnalyzer.Analyze(article).KeyTerms;

        var hale = Assert.Single(terms, t => t.Term.EndsWith("Fiona Hale", StringComparison.Ordinal));
        Assert.Equal(KeyTermKind.Person, hale.Kind);
        var volta = Assert.Single(terms, t => t.Term.EndsWith("Volta Motors", StringComparison.Ordinal));
        Assert.Equal(KeyTermKind.Organisation, volta.Kind);
    }

    [Fact]
    public void Story_terms_merge_a_name_with_its_role_led_form_from_another_source()
    {
        var merged = KeyTermExtractor.Merge(
        [
            [new KeyTerm("TransVer", 2, KeyTermKind.Organisation), new KeyTerm("warning strike", 1, KeyTermKind.Phrase)],
            [new KeyTerm("Gewerkschaft TransVer", 3, KeyTermKind.Organisation), new KeyTerm("Neustedt", 1, KeyTermKind.Place)],
        ], "de");

        Assert.Single(merged, t => t.Term.Contains("TransVer", StringComparison.Ordinal));
        Assert.Equal(3, merged.Count);
    }

    [Theory]
    [InlineData("8.5 percent", KeyTermKind.Percentage)]
    [InlineData("3 Prozent", KeyTermKind.Percentage)]
    [InlineData("€48 million", KeyTermKind.Money)]
    [InlineData("15.000 Euro", KeyTermKind.Money)]
    [InlineData("1,200 people", KeyTermKind.Count)]
    [InlineData("28 kilometres", KeyTermKind.Figure)]
    public void Figures_say_what_they_count(string figure, KeyTermKind expected) => Assert.Equal(expected, FigureFinder.Kind(figure));

    [Fact]
    public void An_article_gets_typed_key_terms_with_explanations()
    {
        var article = new Article
        {
            Url = "https://x.example/b",
            Title = "Lumen Bank breach exposes 85,000 customers",
            Language = "en",
            Paragraphs =
            [
                "Lumen Bank said on Tuesday that criminals had stolen the names and account numbers of 85,000 customers.",
                "Chief executive Rachel Dunmore apologised. Dunmore said the bank would pay for credit monitoring.",
                "The data protection authority in Port Avalen is investigating the breach.",
            ],
        };

        var terms = TextAnalyzer.Analyze(article).KeyTerms;

        Assert.Contains(terms, t => t.Term == "Lumen Bank" && t.Kind == KeyTermKind.Organisation);
        Assert.Contains(terms, t => t.Term.EndsWith("Rachel Dunmore", StringComparison.Ordinal) && t.Kind == KeyTermKind.Person);
        Assert.Contains(terms, t => t.Term == "85,000 customers" && t.Kind == KeyTermKind.Count);
        Assert.All(terms.Where(t => t.Explanation is not null), t => Assert.Contains(t.Term, t.Explanation!, StringComparison.OrdinalIgnoreCase));
    }
}
