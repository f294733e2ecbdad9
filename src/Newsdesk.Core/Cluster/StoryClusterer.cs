using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Single-pass clustering in publication order: each article joins the most similar open story or starts one.
/// Similarity is TF-IDF cosine (title terms weighted up) or, across languages, the share of names and figures in common.
/// </summary>
public sealed class StoryClusterer(ClusterOptions options)
{
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleAnalysis> articles)
    {
        var idf = InverseDocumentFrequency(articles);
        var open = new List<Group>();
        foreach (var article in articles.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Key, StringComparer.Ordinal))
        {
            var vector = Vectorize(article, idf);
            var entities = Entities(article);
            var when = article.Article.Published ?? DateTimeOffset.MinValue;
            var best = open
                .Where(g => when - g.Newest <= options.StoryWindow)
                .Select(g => (Group: g, Score: Similarity(g, vector, entities, article.Language)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Group is null)
            {
                open.Add(new Group(article, vector, entities));
            }
            else
            {
                best.Group.Add(article, vector, entities);
            }
        }

        return open.Select(ToStory).ToList();
    }

    private double Similarity(Group group, TermVector vector, HashSet<string> entities, string language)
    {
        var lexical = group.Centroid.Cosine(vector);
        if (lexical >= options.LexicalThreshold)
        {
            return lexical;
        }

        var shared = entities.Count(group.Entities.Contains);
        var smaller = Math.Min(entities.Count, group.Entities.Count);
        var entityScore = smaller == 0 ? 0 : shared / (double)smaller;
        var crossLanguage = group.Languages.Contains(language) ? 0.15 : 0;
        return shared >= options.MinSharedEntities && entityScore >= options.EntityThreshold - crossLanguage ? entityScore * 0.5 : 0;
    }

    private static Dictionary<string, double> InverseDocumentFrequency(IReadOnlyList<ArticleAnalysis> articles)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in articles.SelectMany(a => a.TermCounts.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        return df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + articles.Count) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    private static TermVector Vectorize(ArticleAnalysis article, Dictionary<string, double> idf)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in article.TermCounts)
        {
            weights[term] = (1 + Math.Log(count)) * idf.GetValueOrDefault(term, 1.0);
        }

        foreach (var term in article.TitleTerms)
        {
            weights[term] = weights.GetValueOrDefault(term) + 2.0 * idf.GetValueOrDefault(term, 1.0);
        }

        return new TermVector(weights);
    }

    private static HashSet<string> Entities(ArticleAnalysis article) =>
        new(article.Names.Concat(article.Figures.Where(f => f.Length >= 2).Select(f => "#" + f)), StringComparer.Ordinal);

    private static Story ToStory(Group group)
    {
        var members = group.Members;
        var dates = members.Select(m => m.Article.Published).OfType<DateTimeOffset>().ToList();
        var language = members.GroupBy(m => m.Language).OrderByDescending(g => g.Count()).First().Key;
        return new Story
        {
            Id = StoryIds.ForStory(members[0].Article.Key),
            ArticleIds = members.Select(m => m.Article.Id).ToList(),
            FirstPublished = dates.Count > 0 ? dates.Min() : DateTimeOffset.UnixEpoch,
            Updated = dates.Count > 0 ? dates.Max() : DateTimeOffset.UnixEpoch,
            KeyTerms = KeyTermExtractor.Merge(members.Where(m => m.Language == language).Select(m => m.KeyTerms), language),
        };
    }

    private sealed class Group
    {
        private readonly List<TermVector> _vectors = [];

        public Group(ArticleAnalysis first, TermVector vector, HashSet<string> entities)
        {
            Entities = new HashSet<string>(StringComparer.Ordinal);
            Centroid = vector;
            Add(first, vector, entities);
        }

        public List<ArticleAnalysis> Members { get; } = [];
        public HashSet<string> Entities { get; }
        public HashSet<string> Languages { get; } = [];
        public TermVector Centroid { get; private set; }
        public DateTimeOffset Newest { get; private set; } = DateTimeOffset.MinValue;

        public void Add(ArticleAnalysis article, TermVector vector, HashSet<string> entities)
        {
            Members.Add(article);
            Languages.Add(article.Language);
            _vectors.Add(vector);
            Centroid = TermVector.Centroid(_vectors);
            Entities.UnionWith(entities);
            var when = article.Article.Published ?? DateTimeOffset.MinValue;
            Newest = when > Newest ? when : Newest;
        }
    }
}
