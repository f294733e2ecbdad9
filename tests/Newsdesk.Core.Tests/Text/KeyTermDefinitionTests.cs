using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

/// <summary>A key term's explanation is the words a source uses to say what it is, or nothing.</summary>
public class KeyTermDefinitionTests
{
    [Theory]
    // A role or kind in front of the name.
    [InlineData("en", "Norrvik Turbines", KeyTermKind.Organisation, "Veltra Energy signed a contract with turbine maker Norrvik Turbines on Friday.", "turbine maker")]
    [InlineData("en", "Mira Solberg", KeyTermKind.Person, "Chief executive Mira Solberg said the lab would open in May.", "Chief executive")]
    [InlineData("en", "Laura Bush", KeyTermKind.Person, "The book was praised by former first lady Laura Bush.", "former first lady")]
    [InlineData("de", "Korvan Robotics", KeyTermKind.Organisation, "Der Roboterhersteller Korvan Robotics eröffnet ein Labor.", "Roboterhersteller")]
    [InlineData("de", "Ruth Calloway", KeyTermKind.Person, "„Wir sind bereit“, sagte Bürgermeisterin Ruth Calloway.", "Bürgermeisterin")]
    // An apposition after or before the name.
    [InlineData("en", "Marta Kowalczyk", KeyTermKind.Person, "Marta Kowalczyk, a resident of the Old Quay district, said the water rose fast.", "a resident of the Old Quay district")]
    [InlineData("en", "Fiona Hale", KeyTermKind.Person, "The museum's director, Fiona Hale, said the hall was finished.", "The museum's director")]
    [InlineData("de", "Ines Halvard", KeyTermKind.Person, "Der Komet trägt den Namen von Ines Halvard, die ihn am Montag entdeckte, und soll 2027 sichtbar sein.", "die ihn am Montag entdeckte")]
    [InlineData("de", "Anders Lund", KeyTermKind.Person, "Anders Lund, der Chef des Unternehmens, sprach von einem guten Tag.", "der Chef des Unternehmens")]
    // "is a …", a bracket, an affiliation.
    [InlineData("en", "Lumen Bank", KeyTermKind.Organisation, "Lumen Bank is a regional lender with 40 branches.", "a regional lender with 40 branches")]
    [InlineData("de", "Lumen Bank", KeyTermKind.Organisation, "Die Lumen Bank ist eine Regionalbank mit 40 Filialen.", "eine Regionalbank mit 40 Filialen")]
    [InlineData("en", "NVB", KeyTermKind.Organisation, "Drivers of the Neustedter Verkehrsbetriebe (NVB) stayed at home.", "Neustedter Verkehrsbetriebe")]
    [InlineData("de", "NVB", KeyTermKind.Organisation, "Die Fahrer der Neustedter Verkehrsbetriebe (NVB) streikten.", "Neustedter Verkehrsbetriebe")]
    [InlineData("en", "Maureen Doyle", KeyTermKind.Person, "Maureen Doyle of the North Coast Fishers said they would sue.", "of the North Coast Fishers")]
    public void The_words_that_say_what_a_term_is_are_its_explanation(string language, string term, KeyTermKind kind, string sentence, string expected) =>
        Assert.Equal(expected, KeyTermDefinition.Find(term, sentence, language, kind));

    [Theory]
    // Merely named: no definition.
    [InlineData("en", "Veltra Energy", KeyTermKind.Organisation, "Veltra Energy plans to choose a turbine supplier this summer.")]
    [InlineData("de", "Veltra Energy", KeyTermKind.Organisation, "Veltra Energy will im Sommer einen Hersteller auswählen.")]
    // A verb before the name is no role; a list is no apposition; after a preposition the comma opens the next clause.
    [InlineData("en", "ISIS", KeyTermKind.Organisation, "The coalition vowed to slaughter ISIS fighters.")]
    [InlineData("en", "Germany", KeyTermKind.Place, "Trade with Germany, the Netherlands and Belgium fell.")]
    [InlineData("en", "UK", KeyTermKind.Place, "He cannot be tried in the UK, the judges said.")]
    [InlineData("de", "Deutschland", KeyTermKind.Place, "Der Handel mit Deutschland, die Niederlande und Belgien sank.")]
    // A dateline's agency and a picture's position define nothing; a concept's relative clause says nothing of it.
    [InlineData("en", "Civic Wire", KeyTermKind.Organisation, "PORT AVALEN (Civic Wire) — The river rose overnight.")]
    [InlineData("en", "Dani Alves", KeyTermKind.Person, "Dani Alves (front left) celebrates with his team-mates.")]
    [InlineData("en", "payment processor", KeyTermKind.Phrase, "The data was stolen at a payment processor, which it did not name.")]
    [InlineData("de", "Lumen Bank", KeyTermKind.Organisation, "Bei der Lumen Bank haben Kriminelle Namen gestohlen.")]
    public void A_sentence_that_only_names_the_term_defines_nothing(string language, string term, KeyTermKind kind, string sentence) =>
        Assert.Null(KeyTermDefinition.Find(term, sentence, language, kind));
}
