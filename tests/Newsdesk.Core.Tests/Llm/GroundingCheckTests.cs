using Newsdesk.Core.Llm;

namespace Newsdesk.Core.Tests.Llm;

public class GroundingCheckTests
{
    private const string English = "The river Selde burst its banks in Port Avalen on Tuesday, and 1,200 residents were evacuated. "
        + "Mayor Lena Brandt said: \"We will rebuild every street that the river has taken from us.\" The water peaked at 7.4 metres in June.";

    private const string German = "Die Selde trat am Dienstag in Port Avalen über die Ufer, 1.200 Menschen wurden evakuiert. "
        + "Die Feuerwehr war mit 14 Booten im Hafenviertel im Einsatz.";

    private static readonly GroundingCheck Check = new(
        new Dictionary<int, SourceFacts> { [1] = SourceFacts.Of(English, "en"), [2] = SourceFacts.Of(German, "de") },
        new HashSet<string> { "feuerwehr", "hafenviertel", "booten", "einsatz", "menschen" });

    [Theory]
    [InlineData("About 1,200 residents of Port Avalen had to leave their homes [1].", "en")]
    [InlineData("The water reached 7.4 metres in June [1].", "en")]
    [InlineData("Lena Brandt promised: \"We will rebuild every street that the river has taken from us\" [1].", "en")]
    [InlineData("In Port Avalen mussten am Dienstag 1.200 Menschen ihre Häuser verlassen [1][2].", "de")]
    [InlineData("Der Pegel stieg auf 7,4 Meter [1].", "de")]
    [InlineData("Die Feuerwehr setzte 14 Boote im Hafenviertel ein [2].", "de")]
    public void A_sentence_whose_figures_names_and_quotes_are_in_its_sources_is_supported(string sentence, string language)
    {
        var result = Check.Check(sentence, language);

        Assert.True(result.IsSupported, result.Problem);
        Assert.DoesNotContain("[", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("About 1,300 residents had to leave their homes [1].", "en", "number 1300 ")]
    [InlineData("Die Pegel stieg auf 7,5 Meter [1].", "de", "number 7.5 ")]
    [InlineData("Mayor Hans Kruger ordered the evacuation [1].", "en", "\"hans\"")]
    [InlineData("Bürgermeister Hans Krüger ordnete die Räumung an [2].", "de", "\"hans\"")]
    [InlineData("The river burst its banks on Wednesday [1].", "en", "weekday")]
    [InlineData("Brandt said: \"We will rebuild the whole town in a year\" [1].", "en", "quote")]
    [InlineData("The river burst its banks [3].", "en", "[3]")]
    [InlineData("The river burst its banks.", "en", "no citation")]
    [InlineData("The firefighters used 14 boats [1].", "en", "number 14 ")]
    public void An_invented_figure_name_day_or_quote_or_a_wrong_citation_is_caught(string sentence, string language, string problem)
    {
        var result = Check.Check(sentence, language);

        Assert.False(result.IsSupported);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,200", "en", "1200")]
    [InlineData("1.200", "de", "1200")]
    [InlineData("7.4", "en", "7.4")]
    [InlineData("7,4", "de", "7.4")]
    [InlineData("48.000.000", "de", "48000000")]
    [InlineData("2,50", "de", "2.5")]
    [InlineData("007", "en", "7")]
    public void Numbers_are_compared_in_one_form_across_languages(string written, string language, string canonical) =>
        Assert.Equal(canonical, NumberForms.Canonical(written, language));
}
