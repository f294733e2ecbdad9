using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// The naive baseline the evaluation reports beside Newsdesk: plain TF-IDF cosine, single pass in arrival order,
/// each document joins the most similar cluster centroid above a threshold or starts a new cluster.
/// </summary>
public static class TfIdfBaseline
{
    public static IReadOnlyList<int> Cluster(IReadOnlyList<ArticleAnalysis> articles, double threshold)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in articles.SelectMany(a => a.TermCounts.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        var centroids = new List<(TermVector.Sum Members, TermVector Centroid)>();
        var assignment = new List<int>(articles.Count);
        foreach (var article in articles)
        {
            var vector = new TermVector(article.TermCounts.ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log((articles.Count + 1.0) / (df[kv.Key] + 1.0)), StringComparer.Ordinal));
            var best = -1;
            var bestScore = threshold;
            for (var c = 0; c < centroids.Count; c++)
            {
                var score = centroids[c].Centroid.Cosine(vector);
                if (score >= bestScore)
                {
                    (best, bestScore) = (c, score);
                }
            }

            if (best < 0)
            {
                var members = new TermVector.Sum();
                members.Add(vector);
                centroids.Add((members, members.Centroid()));
                best = centroids.Count - 1;
            }
            else
            {
                centroids[best].Members.Add(vector);
                centroids[best] = (centroids[best].Members, centroids[best].Members.Centroid());
            }

            assignment.Add(best);
        }

        return assignment;
    }
}
