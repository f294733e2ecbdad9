namespace Newsdesk.Core.Eval;

/// <summary>
/// Clustering quality against gold stories: pairwise precision/recall/F1 over all document pairs placed together,
/// and BCubed precision/recall/F1 averaged per document (its cluster's share of its gold story and vice versa).
/// </summary>
public static class ClusteringScorer
{
    public static ClusteringScore Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var ids = gold.Keys.Where(predicted.ContainsKey).ToList();
        var goldSize = ids.GroupBy(id => gold[id]).ToDictionary(g => g.Key, g => g.Count());
        var predictedSize = ids.GroupBy(id => predicted[id]).ToDictionary(g => g.Key, g => g.Count());
        var overlap = ids.GroupBy(id => (gold[id], predicted[id])).ToDictionary(g => g.Key, g => g.Count());

        // Pairs: n(n-1)/2 within predicted clusters, gold stories and their intersections.
        static double Pairs(int n) => n * (n - 1) / 2.0;
        var together = overlap.Values.Sum(Pairs);
        var predictedPairs = predictedSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        var pairwiseP = predictedPairs == 0 ? 1 : together / predictedPairs;
        var pairwiseR = goldPairs == 0 ? 1 : together / goldPairs;

        var bcubedP = ids.Average(id => overlap[(gold[id], predicted[id])] / (double)predictedSize[predicted[id]]);
        var bcubedR = ids.Average(id => overlap[(gold[id], predicted[id])] / (double)goldSize[gold[id]]);
        return new ClusteringScore(ids.Count, goldSize.Count, predictedSize.Count, pairwiseP, pairwiseR, F1(pairwiseP, pairwiseR), bcubedP, bcubedR, F1(bcubedP, bcubedR));
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
