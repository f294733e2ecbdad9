using Newsdesk.Core.Brief;

namespace Newsdesk.Core.Tests.Brief;

/// <summary>A headline is never shown cut inside a word or after a function word.</summary>
public class HeadlineTests
{
    [Theory]
    [InlineData("en", "Salmonella found in salad bar; Then stomach cra", "Diners reported stomach cramps after eating at the salad bar.", "Salmonella found in salad bar; Then stomach…")]
    [InlineData("en", "Ferry runs aground near Kestrel Island on April 15, the", "The ferry ran aground near Kestrel Island on April 15.", "Ferry runs aground near Kestrel Island on April 15…")]
    [InlineData("de", "Fähre läuft vor Kestrel Island auf Grund, die", "Die Fähre lief vor Kestrel Island auf Grund.", "Fähre läuft vor Kestrel Island auf Grund…")]
    [InlineData("de", "Hochwasser in Port Avalen: Tausende Bewohner evaku", "Tausende Bewohner wurden evakuiert.", "Hochwasser in Port Avalen: Tausende Bewohner…")]
    public void A_title_the_source_cut_short_ends_at_its_last_whole_word(string language, string title, string text, string expected)
    {
        Assert.True(HeadlineChooser.IsCut(title, text, language));
        Assert.Equal(expected, HeadlineChooser.Complete(title, text, language));
    }

    [Theory]
    [InlineData("en", "Strike called off", "Officials said the strike would end.")]
    [InlineData("en", "Port Avalen FC win the Coastal Cup", "Port Avalen FC won the Coastal Cup final.")]
    [InlineData("de", "Hochwasser: Was kommt auf Port Avalen zu", "Was auf die Stadt zukommt, ist unklar.")]
    [InlineData("de", "Museum in Port Avalen wiedereröffnet", "Das Museum ist wiedereröffnet.")]
    public void A_complete_title_is_left_as_it_is(string language, string title, string text) =>
        Assert.False(HeadlineChooser.IsCut(title, text, language));

    [Fact]
    public void A_complete_title_from_another_source_is_chosen_over_a_cut_one()
    {
        var cut = Fixtures.Analyze(1, "coastal", "en", "2026-06-22T08:00:00Z", "Ferry Aurora runs aground near Kestrel Island with 212 passengers on boa",
            "The ferry Aurora ran aground near Kestrel Island with 212 passengers on board.");
        var whole = Fixtures.Analyze(2, "tribune", "en", "2026-06-22T09:00:00Z", "212 rescued as ferry runs aground",
            "Lifeboats rescued 212 passengers after the ferry Aurora ran aground near Kestrel Island.");

        Assert.Equal("212 rescued as ferry runs aground", HeadlineChooser.Choose([cut, whole], new HashSet<string> { "ferri", "aurora", "kestrel", "island" }));
    }
}
