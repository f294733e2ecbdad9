using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Online story clustering in arrival order: each article joins the best existing story or starts one, and never
/// moves afterwards, so story ids (from a story's first article) stay stable as stories grow. A copy of an earlier
/// article (<see cref="NearDuplicateIndex"/>) joins that article's story as an alternate. Otherwise candidate stories
/// come from an inverted index (an article's highest-weighted terms, and for other languages its names and figures),
/// never from a scan of every story; each candidate scores the larger of the TF-IDF cosine with its same-language
/// centroid and the cosine of cross-language anchors (shared names, figures and lexicon concepts) with its
/// other-language side (what lets an English and a German report meet), times a time factor for the hours to the
/// story's nearest article. The state of one stream lives in <see cref="StoryStream"/>.
/// </summary>
public sealed class StoryClusterer(ClusterOptions options)
{
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleAnalysis> articles) => Cluster(articles, new CollectionStatistics(articles));

    /// <summary>Clusters the articles with term and name weights taken from a wider collection.</summary>
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleAnalysis> articles, CollectionStatistics statistics)
    {
        var stream = new StoryStream(options, statistics);
        // Arrival order, as a live stream delivers them: the clusterer never looks ahead.
        foreach (var article in articles)
        {
            stream.Place(article);
        }

        return stream.Stories();
    }
}
