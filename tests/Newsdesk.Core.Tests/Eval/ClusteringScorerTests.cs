using Newsdesk.Core.Eval;

namespace Newsdesk.Core.Tests.Eval;

public class ClusteringScorerTests
{
    [Fact]
    public void Pairwise_and_bcubed_by_hand()
    {
        // Gold: {a,b,c} {d}. Predicted: {a,b} {c,d}.
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2" };
        var predicted = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y" };

        var score = ClusteringScorer.Score(gold, predicted);

        // Pairs together: (a,b) correct of 2 predicted pairs; 1 of 3 gold pairs.
        Assert.Equal(0.5, score.PairwisePrecision, 6);
        Assert.Equal(1 / 3.0, score.PairwiseRecall, 6);
        // BCubed precision: a 1, b 1, c 1/2, d 1/2 → 0.75. Recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3.
        Assert.Equal(0.75, score.BCubedPrecision, 6);
        Assert.Equal(2 / 3.0, score.BCubedRecall, 6);
        Assert.Equal(2, score.Stories);
        Assert.Equal(2, score.Clusters);
    }

    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" };
        var score = ClusteringScorer.Score(gold, gold);
        Assert.Equal(1.0, score.BCubedF1, 6);
        Assert.Equal(1.0, score.PairwiseF1, 6);
    }
}
