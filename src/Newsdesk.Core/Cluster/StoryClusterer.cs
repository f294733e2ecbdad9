using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Single-pass clustering in publication order: each article joins the most similar open story or starts one.
/// Similarity is the larger of TF-IDF cosine (title terms weighted up) and the IDF-weighted share of names and figures
/// in common (what lets an English and a German report meet), decayed by the time since the story's newest article.
/// </summary>
public sealed class StoryClusterer(ClusterOptions options)
{
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleAnalysis> articles)
    {
        var idf = InverseDocumentFrequency(articles);
        var weights = new EntityWeights(articles);
        var open = new List<Group>();
        // Arrival order, as a live stream delivers them: the clusterer never looks ahead.
        foreach (var article in articles)
        {
            var vector = Vectorize(article, idf);
            var entities = article.Entities;
            var when = article.Article.Published;
            var best = open
                .Select(g => (Group: g, Score: Similarity(g, vector, entities, article.Language, when, weights)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Group is null)
            {
                open.Add(new Group(article, vector));
            }
            else
            {
                best.Group.Add(article, vector);
            }
        }

        return open.Select(ToStory).ToList();
    }

    private double Similarity(Group group, TermVector vector, IReadOnlySet<string> entities, string language, DateTimeOffset? when, EntityWeights weights)
    {
        var hours = when is { } w && group.Newest is { } newest ? Math.Abs((w - newest).TotalHours) : 0;
        var decay = hours <= options.FreshHours ? 1 : Math.Max(options.MinTimeFactor, Math.Exp(-(hours - options.FreshHours) / options.DecayHours));
        // Same language: judged by the words. Names and figures anchor a report to the story's reports in other
        // languages (counting them within a language merged different events of the same place).
        var lexical = group.Sides.TryGetValue(language, out var own) ? own.Centroid.Cosine(vector) : 0.0;
        var shared = group.Sides.Where(s => s.Key != language).Select(s => weights.Overlap(entities, s.Value.Entities, acrossLanguages: true)).DefaultIfEmpty(0).Max();
        var score = decay * Math.Max(lexical / options.LexicalThreshold, shared / options.EntityThreshold);
        return score >= 1 ? score : 0;
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

    /// <summary>An open story: its members, and per language their centroid and entities.</summary>
    private sealed class Group
    {
        public Group(ArticleAnalysis first, TermVector vector) => Add(first, vector);

        public List<ArticleAnalysis> Members { get; } = [];
        public Dictionary<string, Side> Sides { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset? Newest { get; private set; }

        public void Add(ArticleAnalysis article, TermVector vector)
        {
            Members.Add(article);
            if (!Sides.TryGetValue(article.Language, out var side))
            {
                Sides[article.Language] = side = new Side();
            }

            side.Add(vector, article.Entities);
            if (article.Article.Published is { } when && (Newest is null || when > Newest))
            {
                Newest = when;
            }
        }
    }

    private sealed class Side
    {
        private readonly TermVector.Sum _sum = new();

        public TermVector Centroid { get; private set; } = new([]);
        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        public void Add(TermVector vector, IReadOnlySet<string> entities)
        {
            _sum.Add(vector);
            Centroid = _sum.Centroid();
            Entities.UnionWith(entities);
        }
    }
}
