using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public class WordSearchTests
{
    [Theory]
    [InlineData("Trams stopped in Neustedt.", "Neustedt", true)]
    [InlineData("Die Neustedter Verkehrsbetriebe streiken.", "Neustedt", false)]
    [InlineData("the comet is bright", "comet", true)]
    [InlineData("Comets are bright", "comet", false)]
    public void A_word_is_found_whole_only(string text, string word, bool found) => Assert.Equal(found, WordSearch.HasWord(text, word));

    [Theory]
    [InlineData("Diners reported stomach cramps.", "cra", true)]
    [InlineData("Tausende wurden evakuiert.", "evaku", true)]
    [InlineData("The crane fell.", "crane", false)]
    public void A_word_cut_short_is_found_as_the_start_of_a_longer_one(string text, string prefix, bool found) =>
        Assert.Equal(found, WordSearch.HasWordStartingWith(text, prefix, StringComparison.OrdinalIgnoreCase));
}
