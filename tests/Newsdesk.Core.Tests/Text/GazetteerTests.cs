using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

/// <summary>Countries are places and the words for their people are no one's name, in English and German.</summary>
public class GazetteerTests
{
    [Theory]
    [InlineData("en", "North Korea", "North Korea fired a missile. Korea has been divided since 1945.")]
    [InlineData("en", "Hungary", "Migrants waited at the border with Hungary.")]
    [InlineData("de", "Nordkorea", "Nordkorea hat eine Rakete abgefeuert.")]
    [InlineData("en", "the Netherlands", "Exports to the Netherlands rose.")]
    public void A_country_is_a_place_though_its_words_do_not_say_so(string language, string name, string text) =>
        Assert.Equal(KeyTermKind.Place, NameTyper.Type(name, [text], language));

    [Fact]
    public void A_word_for_a_people_is_not_a_person_even_when_used_alone_like_a_surname()
    {
        string[] texts = ["South Korean officials met on Monday.", "The Korean delegation left early."];

        Assert.NotEqual(KeyTermKind.Person, NameTyper.Type("South Korean", texts, "en"));
        Assert.True(Gazetteer.Default.IsDemonym("South Korean"));
        Assert.True(Gazetteer.Default.IsDemonym("Südkoreaner"));
        Assert.False(Gazetteer.Default.IsDemonym("Poland"));
    }

    [Fact]
    public void A_common_word_in_front_of_a_name_is_not_a_first_name()
    {
        // "Halvard" alone reads like a surname, but "comet" is a word the text writes in lower case.
        string[] texts = ["Comet Halvard was found in June.", "The comet is named after Halvard, who spotted it."];

        Assert.NotEqual(KeyTermKind.Person, NameTyper.Type("Comet Halvard", texts, "en"));
        Assert.Equal(KeyTermKind.Person, NameTyper.Type("Ines Halvard", ["Ines Halvard spotted it.", "Halvard said she was lucky."], "en"));
    }

    [Fact]
    public void The_list_reads_its_sections_and_rejects_a_name_outside_one()
    {
        var gazetteer = Gazetteer.Parse("# comment\n[places]\nKestrel Island, Port Selby\n[demonyms]\nKestrelian\n");

        Assert.True(gazetteer.IsPlace("Port Selby"));
        Assert.True(gazetteer.IsDemonym("Kestrelian"));
        Assert.Throws<FormatException>(() => Gazetteer.Parse("Kestrel Island\n"));
    }
}
