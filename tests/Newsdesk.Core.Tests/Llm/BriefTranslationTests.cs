using Newsdesk.Core.Llm;

namespace Newsdesk.Core.Tests.Llm;

/// <summary>Round trips English → German → English on hand-written pairs: what a translation must keep (citations,
/// numbers in each language's form, names, days) is checked in both directions.</summary>
public class BriefTranslationTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "The river Selde burst its banks in Port Avalen on Tuesday, and 1,200 residents were evacuated [1].",
          "Die Selde trat am Dienstag in Port Avalen über die Ufer, 1.200 Einwohner wurden evakuiert [1]." },
        { "The water level peaked at 7.4 metres, the highest since 1921 [1][2].",
          "Der Pegel erreichte 7,4 Meter, so hoch wie seit 1921 nicht mehr [1][2]." },
        { "The regional government promised 48 million euros in emergency aid [2].",
          "Die Landesregierung sagte 48 Millionen Euro Soforthilfe zu [2]." },
        { "Mayor Lena Brandt said the water rose faster than forecast [1].",
          "Bürgermeisterin Lena Brandt sagte, das Wasser sei schneller gestiegen als vorhergesagt [1]." },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_faithful_translation_passes_both_ways(string english, string german)
    {
        var there = BriefTranslation.Check(english, german, "en", "de");
        var back = BriefTranslation.Check(german, english, "de", "en");

        Assert.True(there.IsSupported, there.Problem);
        Assert.True(back.IsSupported, back.Problem);
        Assert.Equal(there.Citations.Order(), back.Citations.Order());
    }

    [Theory]
    [InlineData("Die Selde trat am Dienstag in Port Avalen über die Ufer, 1.300 Einwohner wurden evakuiert [1].", "number 1300 ")]
    [InlineData("Die Selde trat am Dienstag in Port Avalen über die Ufer, viele Einwohner wurden evakuiert [1].", "dropped from the original: the number 1200 ")]
    [InlineData("Die Selde trat am Mittwoch in Port Avalen über die Ufer, 1.200 Einwohner wurden evakuiert [1].", "weekday")]
    [InlineData("Der Fluss trat am Dienstag in der Stadt über die Ufer, 1.200 Einwohner wurden evakuiert [1].", "dropped from the original: the name")]
    [InlineData("Die Selde trat am Dienstag in Port Avalen über die Ufer, 1.200 Einwohner wurden evakuiert [2].", "cites [2]")]
    public void A_translation_that_changes_or_loses_a_fact_is_caught(string german, string problem)
    {
        var result = BriefTranslation.Check((string)Pairs.First()[0], german, "en", "de");

        Assert.False(result.IsSupported);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }
}
