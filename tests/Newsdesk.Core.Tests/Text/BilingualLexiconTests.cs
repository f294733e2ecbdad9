using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public class BilingualLexiconTests
{
    [Fact]
    public void German_and_english_words_for_one_thing_give_one_concept()
    {
        var lexicon = BilingualLexicon.Default;
        var german = lexicon.Concepts(["Hochwasser in München: Feuerwehr evakuiert Krankenhaus"], "de");
        var english = lexicon.Concepts(["Floods in Munich: firefighters evacuated a hospital"], "en");

        Assert.Equal(5, german.Count);
        Assert.Equal(german.Order(), english.Order());
    }

    [Fact]
    public void German_compounds_match_through_their_head_and_first_part()
    {
        var lexicon = BilingualLexicon.Default;
        var compound = lexicon.Concepts(["Die Hochwasserwarnung gilt weiter."], "de");
        var inflected = lexicon.Concepts(["Die Bundesregierungen der Länder"], "de");

        Assert.Equal(lexicon.Concepts(["flood warning"], "en").Order(), compound.Order());
        Assert.Equal(lexicon.Concepts(["government"], "en"), inflected);
    }

    [Fact]
    public void Short_words_match_only_as_acronyms_and_possessives_are_stripped()
    {
        var lexicon = BilingualLexicon.Default;

        Assert.Empty(lexicon.Concepts(["Tell us what you think."], "en"));
        Assert.Equal(lexicon.Concepts(["Die USA und Deutschland"], "de"), lexicon.Concepts(["The US and Germany's"], "en"));
    }

    [Fact]
    public void Lines_sharing_a_word_are_one_concept_and_a_malformed_line_is_named()
    {
        var lexicon = BilingualLexicon.Parse("Abkommen = agreement, treaty\nEinigung = agreement\n# a comment\n");

        Assert.Equal(lexicon.Concepts(["Abkommen"], "de"), lexicon.Concepts(["Einigung"], "de"));
        Assert.Equal(lexicon.Concepts(["treaty"], "en"), lexicon.Concepts(["Einigung"], "de"));
        var error = Assert.Throws<FormatException>(() => BilingualLexicon.Parse("Abkommen agreement"));
        Assert.Contains("Abkommen agreement", error.Message, StringComparison.Ordinal);
    }
}
