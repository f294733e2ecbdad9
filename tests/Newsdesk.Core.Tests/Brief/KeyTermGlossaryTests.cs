using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Tests.Brief;

/// <summary>Which key terms a reader is shown: names and repeated multi-word concepts, each once, by name.</summary>
public class KeyTermGlossaryTests
{
    private static IReadOnlyList<string> Glossary(string language, IReadOnlyList<KeyTerm> ranked, params string[] paragraphs)
    {
        var article = Fixtures.Analyze(1, "Civic Wire", language, "2026-06-22T08:00:00Z", "", paragraphs);
        return KeyTermGlossary.Select(ranked, [article], language).Select(t => t.Term).ToList();
    }

    private static KeyTerm Term(string term, KeyTermKind kind = KeyTermKind.Phrase) => new(term, 1, kind);

    [Fact]
    public void English_single_words_figures_demonyms_and_unrepeated_phrases_are_not_shown()
    {
        var shown = Glossary("en",
            [Term("residents"), Term("flood relief fund"), Term("South Korean", KeyTermKind.Person), Term("1,200 people", KeyTermKind.Count),
             Term("bank advises customers"), Term("Port Avalen", KeyTermKind.Place)],
            "Residents of Port Avalen will get money from the flood relief fund, South Korean observers said.",
            "About 1,200 people applied to the flood relief fund on Monday.");

        Assert.Equal(["flood relief fund", "Port Avalen"], shown);
    }

    [Fact]
    public void German_short_nouns_are_not_shown_but_repeated_compounds_and_names_are()
    {
        var shown = Glossary("de",
            [Term("Wasser"), Term("Hochwasserwarnung"), Term("Stadt"), Term("Port Avalen", KeyTermKind.Place), Term("Kriminelle Namen", KeyTermKind.Name)],
            "Die Hochwasserwarnung gilt für Port Avalen, das Wasser steigt in der Stadt.",
            "Kriminelle Namen wurden nicht genannt. Die Hochwasserwarnung bleibt bis Donnerstag.");

        Assert.Equal(["Hochwasserwarnung", "Port Avalen"], shown);
    }

    [Theory]
    [InlineData("en", "PORT AVALEN (Civic Wire) — The Selde rose overnight. Civic Wire reporters saw the Selde Valley Authority close roads.")]
    [InlineData("de", "PORT AVALEN (Civic Wire) — Die Selde stieg über Nacht. Civic Wire berichtet, die Selde Valley Authority sperrte Straßen.")]
    public void The_reporting_outlets_own_name_is_not_a_key_term(string language, string text)
    {
        var shown = Glossary(language, [Term("Civic Wire", KeyTermKind.Organisation), Term("Selde Valley Authority", KeyTermKind.Organisation)], text);

        Assert.Equal(["Selde Valley Authority"], shown);
    }

    [Theory]
    [InlineData("en", "Orofino Police Department", "Orofino Police", "The Orofino Police Department asked for help. Orofino Police found the car.")]
    [InlineData("en", "Douglas Owsley", "Doug Owsley", "Douglas Owsley studied the skull. Doug Owsley said the marks were clear.")]
    [InlineData("de", "Douglas Owsley", "Doug Owsley", "Douglas Owsley untersuchte den Schädel. Doug Owsley sagte, die Spuren seien klar.")]
    [InlineData("de", "Neustedter Verkehrsbetriebe", "Verkehrsbetriebe", "Die Neustedter Verkehrsbetriebe streiken. Die Verkehrsbetriebe zahlen nicht.")]
    public void A_term_whose_words_a_shown_term_holds_is_shown_once(string language, string longer, string shorter, string text)
    {
        var shown = Glossary(language, [Term(longer, KeyTermKind.Organisation), Term(shorter, KeyTermKind.Organisation)], text);

        Assert.Equal([longer], shown);
    }

    [Theory]
    [InlineData("en", "Mayor Ruth Calloway", KeyTermKind.Person, "Ruth Calloway", "Mayor Ruth Calloway said the city was ready.")]
    [InlineData("de", "Reederei Bluewave Lines", KeyTermKind.Name, "Bluewave Lines", "Die Reederei Bluewave Lines will das Schiff schleppen.")]
    [InlineData("de", "Bürgermeisterin Ruth Calloway", KeyTermKind.Person, "Ruth Calloway", "Das sagte Bürgermeisterin Ruth Calloway am Montag.")]
    public void A_name_is_shown_without_the_role_or_kind_noun_in_front_of_it(string language, string term, KeyTermKind kind, string name, string text) =>
        Assert.Equal([name], Glossary(language, [Term(term, kind)], text));
}
