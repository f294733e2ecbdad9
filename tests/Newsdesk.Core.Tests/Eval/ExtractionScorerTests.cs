using Newsdesk.Core.Eval;

namespace Newsdesk.Core.Tests.Eval;

public class ExtractionScorerTests
{
    [Fact]
    public void Shingle_precision_and_recall_by_hand()
    {
        // Truth has 6 tokens → 3 shingles; prediction has the first 5 tokens plus 2 others → 4 shingles, 2 in common.
        var (precision, recall) = ExtractionScorer.ScorePage("One two three four five six seven", "one two three four five x y");
        Assert.Equal(2 / 4.0, precision, 6);
        Assert.Equal(2 / 4.0, recall, 6);
    }

    [Fact]
    public void Empty_cases_follow_the_benchmark_protocol()
    {
        Assert.Equal((1.0, 0.0), ExtractionScorer.ScorePage("", "some real article text here"));
        Assert.Equal((1.0, 1.0), ExtractionScorer.ScorePage("", ""));
    }

    [Fact]
    public void F1_is_the_harmonic_mean_of_averaged_precision_and_recall()
    {
        var score = ExtractionScorer.Score([("a b c d e", "a b c d e"), ("", "a b c d e")]);
        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, score.F1, 6);
    }
}
