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

        var centroids = new List<TermVector.Sum>();
        var assignment = new List<int>(articles.Count);
        foreach (var article in articles)
        {
            var vector = new TermVector(article.TermCounts.ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log((articles.Count + 1.0) / (df[kv.Key] + 1.0)), StringComparer.Ordinal));
            var best = -1;
            var bestScore = threshold;
            for (var c = 0; c < centroids.Count; c++)
            {
                var score = centroids[c].Cosine(vector);
                if (score >= bestScore)
                {
                    (best, bestScore) = (c, score);
                }
            }

            if (best < 0)
            {
                centroids.Add(new TermVector.Sum());
                best = centroids.Count - 1;
            }

            centroids[best].Add(vector);

            assignment.Add(best);
        }

        return assignment;
    }
}
