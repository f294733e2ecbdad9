using Newsdesk.Core.Eval;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Eval;

public class KeyphraseScorerTests
{
    [Fact]
    public void Phrases_match_on_lower_cased_porter_stems()
    {
        var score = KeyphraseScorer.Score([(["Oil Spills", "cleanup effort", "Alaska", "tanker"], ["oil spill", "cleanup efforts", "crude oil"])], 10);

        Assert.Equal(2, score.Matched);
        Assert.Equal(4, score.Predicted);
        Assert.Equal(3, score.Gold);
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(2 / 3.0, score.Recall, 6);
    }

    [Fact]
    public void Only_the_top_k_count_and_duplicates_count_once()
    {
        var score = KeyphraseScorer.Score([(["storm", "storms", "flood", "power cut"], ["power cut", "flood"])], 2);

        Assert.Equal(2, score.Predicted);
        Assert.Equal(1, score.Matched);
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("generalizations", "general")]
    public void Snowball_english_stems(string word, string stem) => Assert.Equal(stem, SnowballStemmer.English(word));

    [Theory]
    [InlineData("häuser", "haus")]
    [InlineData("aufeinanderfolgenden", "aufeinanderfolg")]
    public void Snowball_german_stems(string word, string stem) => Assert.Equal(stem, SnowballStemmer.German(word));

    [Fact]
    public void Phrase_ranker_puts_the_repeated_early_subject_first()
    {
        var ranked = PhraseRanker.Rank(
            [
                "Oil spill spreads along the coast",
                "The oil spill from the tanker reached the coast on Saturday, officials said.",
                "Cleanup crews worked through the night, but the oil spill kept growing.",
                "Fishermen fear the oil spill will ruin the season.",
            ],
            "en");

        Assert.Equal("Oil spill", ranked[0].Surface, ignoreCase: true);
        Assert.DoesNotContain(ranked, p => p.Surface.EndsWith("said", StringComparison.Ordinal));
    }
}
