using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// What the clusterer knows of the collection around the articles it places: the inverse document frequency of
/// their terms and the weights of their names and figures. Usually the articles themselves; a pair judged on its
/// own needs a larger collection, since with two articles every shared word looks specific.
/// </summary>
public sealed class CollectionStatistics
{
    private readonly Dictionary<string, double> _idf;

    public CollectionStatistics(IReadOnlyCollection<ArticleAnalysis> articles)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in articles.SelectMany(a => a.TermCounts.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        // +1: in a small collection (two reports of one event) the words both share must still count.
        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + articles.Count) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
        Entities = new EntityWeights(articles);
    }

    public EntityWeights Entities { get; }

    /// <summary>The term's IDF; 1 (as common as can be) for a term the collection never saw.</summary>
    public double Idf(string term) => _idf.GetValueOrDefault(term, 1.0);
}
