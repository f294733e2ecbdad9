using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public class LanguageAndSentenceTests
{
    [Theory]
    [InlineData("Flood waters reached the old harbour overnight and hundreds of residents were taken to shelters.", "en")]
    [InlineData("Das Hochwasser erreichte in der Nacht den alten Hafen, Hunderte Anwohner wurden in Notunterkünfte gebracht.", "de")]
    [InlineData("Council approves flood relief fund", "en")]
    [InlineData("Stadtrat beschließt Hilfsfonds für Flutopfer", "de")]
    [InlineData("Woda w nocy dotarła do starego portu i setki mieszkańców trafiły do schronisk.", "pl")]
    [InlineData("Sular gece eski limana ulaştı ve yüzlerce kişi de barınaklara götürüldü.", "tr")]
    [InlineData("El agua llegó por la noche al puerto viejo y cientos de vecinos fueron llevados a refugios.", "es")]
    [InlineData("L'acqua è arrivata di notte al vecchio porto e centinaia di residenti sono stati portati nei rifugi.", "it")]
    [InlineData("Вода ночью дошла до старого порта, сотни жителей эвакуированы.", "ru")]
    public void Languages_are_named_and_other_languages_are_never_called_english_or_german(string text, string expected) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("Die Nachfrage stieg um 3,5 Prozent. Um 14.30 Uhr begann die Sitzung.", new[] { "Die Nachfrage stieg um 3,5 Prozent.", "Um 14.30 Uhr begann die Sitzung." })]
    [InlineData("Die Firma (u. a. Hersteller von Turbinen) wächst. Nr. 5 der Liste folgt.", new[] { "Die Firma (u. a. Hersteller von Turbinen) wächst.", "Nr. 5 der Liste folgt." })]
    [InlineData("\"We will rebuild,\" she said. \"The question is when.\" Then she left.", new[] { "\"We will rebuild,\" she said.", "\"The question is when.\"", "Then she left." })]
    [InlineData("„Wir bauen wieder auf“, sagte sie. Dann ging sie.", new[] { "„Wir bauen wieder auf“, sagte sie.", "Dann ging sie." })]
    [InlineData("He hesitated... Then he signed. Prof. Carter agreed.", new[] { "He hesitated...", "Then he signed.", "Prof. Carter agreed." })]
    public void Sentences_survive_news_prose_in_both_languages(string paragraph, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(paragraph));

    [Fact]
    public void A_headline_without_final_punctuation_is_one_sentence() =>
        Assert.Equal(["Selde floods Old Quay as 1,200 residents are evacuated"], SentenceSplitter.Split("Selde floods Old Quay as 1,200 residents are evacuated"));

    [Fact]
    public void Snowball_stemmers_meet_inflections_in_both_languages()
    {
        Assert.Equal(SnowballStemmer.English("evacuations"), SnowballStemmer.English("evacuation"));
        Assert.Equal(SnowballStemmer.German(Tokenizer.Fold("Überschwemmungen")), SnowballStemmer.German(Tokenizer.Fold("Überschwemmung")));
    }
}
