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
/// story's nearest article.
/// </summary>
public sealed class StoryClusterer(ClusterOptions options)
{
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleAnalysis> articles) => Cluster(articles, new CollectionStatistics(articles));

    /// <summary>Clusters the articles with term and name weights taken from a wider collection.</summary>
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleAnalysis> articles, CollectionStatistics statistics)
    {
        var weights = statistics.Entities;
        var groups = new List<Group>();
        var byTerm = new Dictionary<(string Language, string Term), List<int>>();
        var byAnchor = new Dictionary<(string Language, string Anchor), List<int>>();
        var languages = new HashSet<string>(StringComparer.Ordinal);
        var groupOf = new Dictionary<long, int>();
        var copies = new NearDuplicateIndex(options.NearDuplicateSimilarity);
        // Arrival order, as a live stream delivers them: the clusterer never looks ahead.
        foreach (var article in articles)
        {
            var vector = Vectorize(article, statistics);
            var anchors = weights.Anchors(article);
            var terms = vector.Top(options.IndexTerms);
            var id = article.Article.Id;
            int target;
            long? original = copies.FindAndAdd(id, article.Article.Title + "\n" + article.Article.Text);
            if (original is { } copied && groupOf.TryGetValue(copied, out var copiedGroup))
            {
                target = copiedGroup;
                groups[target].Alternates[id] = copied;
            }
            else
            {
                target = Candidates(article, terms, anchors, byTerm, byAnchor, languages)
                    .Select(g => (Group: g, Score: Similarity(groups[g], vector, anchors, article)))
                    .Where(x => x.Score >= 1)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Group)
                    .Select(x => x.Group)
                    .DefaultIfEmpty(-1)
                    .First();
                if (target < 0)
                {
                    groups.Add(new Group());
                    target = groups.Count - 1;
                }
            }

            groups[target].Add(article, vector, anchors);
            languages.Add(article.Language);
            groupOf[id] = target;
            foreach (var term in terms)
            {
                AddPosting(byTerm, (article.Language, term), target);
            }

            foreach (var anchor in anchors.Weights.Keys)
            {
                AddPosting(byAnchor, (article.Language, anchor), target);
            }
        }

        return groups.Select(ToStory).ToList();
    }

    /// <summary>The stories sharing most of the article's index terms (same language) or its cross-language anchors
    /// (in the stories' other-language reports), best first, at most <see cref="ClusterOptions.MaxCandidates"/>.</summary>
    private IEnumerable<int> Candidates(ArticleAnalysis article, IReadOnlyList<string> terms, TermVector anchors, Dictionary<(string, string), List<int>> byTerm,
        Dictionary<(string, string), List<int>> byAnchor, HashSet<string> languages)
    {
        var hits = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            if (byTerm.TryGetValue((article.Language, term), out var postings))
            {
                foreach (var g in postings)
                {
                    hits[g] = hits.GetValueOrDefault(g) + 1;
                }
            }
        }

        // Anchors are posted per language, so a stream in one language never walks these lists.
        foreach (var language in languages.Where(l => l != article.Language))
        {
            foreach (var (anchor, weight) in anchors.Weights)
            {
                if (byAnchor.TryGetValue((language, anchor), out var postings))
                {
                    foreach (var g in postings)
                    {
                        hits[g] = hits.GetValueOrDefault(g) + weight;
                    }
                }
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(options.MaxCandidates).Select(h => h.Key);
    }

    private static void AddPosting<TKey>(Dictionary<TKey, List<int>> index, TKey key, int group)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var postings))
        {
            index[key] = postings = [];
        }

        if (postings.Count == 0 || postings[^1] != group)
        {
            postings.Add(group);
        }
    }

    private double Similarity(Group group, TermVector vector, TermVector anchors, ArticleAnalysis article)
    {
        // Same language: judged by the words. Names and figures anchor a report to the story's reports in other
        // languages (counting them within a language merged different events of the same place).
        var lexical = group.Sides.TryGetValue(article.Language, out var own) ? own.Centroid.Cosine(vector) : 0.0;
        if (own is not null && article.Entities.Count > 0 && own.Entities.Count > 0 && !article.Entities.Overlaps(own.Entities))
        {
            // Same words, no name or figure in common: another event of the same kind (another earthquake, another
            // launch) until the words say otherwise much more strongly.
            lexical *= options.NoSharedNameFactor;
        }

        var across = group.Sides.Where(s => s.Key != article.Language).Select(s => s.Value.Anchors.Cosine(anchors)).DefaultIfEmpty(0).Max();
        return TimeFactor(group, article.Article.Published) * Math.Max(lexical / options.LexicalThreshold, across / options.CrossLanguageThreshold);
    }

    /// <summary>1 within the story window of the story's nearest dated article, then decaying to the floor.</summary>
    private double TimeFactor(Group group, DateTimeOffset? when)
    {
        if (when is not { } w || group.Dates.Count == 0)
        {
            return 1;
        }

        var hours = group.Dates.Min(d => Math.Abs((w - d).TotalHours));
        // Months apart, the dates themselves are suspect (a crawl date, an update stamp, a year off): they neither
        // separate nor join, and the words decide at a stricter bar.
        return hours <= options.StoryWindowHours ? 1
            : hours > options.UntrustedGapDays * 24 ? options.UntrustedDateFactor
            : Math.Max(options.MinTimeFactor, Math.Exp(-(hours - options.StoryWindowHours) / options.DecayHours));
    }

    private TermVector Vectorize(ArticleAnalysis article, CollectionStatistics statistics)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in article.TermCounts)
        {
            weights[term] = (1 + Math.Log(count)) * statistics.Idf(term);
        }

        foreach (var term in article.TitleTerms)
        {
            weights[term] = weights.GetValueOrDefault(term) + options.TitleWeight * statistics.Idf(term);
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
            Alternates = group.Alternates,
        };
    }

    /// <summary>A story being built: its members, their dates, the copies among them, and per language the centroid
    /// and entities.</summary>
    private sealed class Group
    {
        public List<ArticleAnalysis> Members { get; } = [];
        public Dictionary<string, Side> Sides { get; } = new(StringComparer.Ordinal);
        public List<DateTimeOffset> Dates { get; } = [];
        public Dictionary<long, long> Alternates { get; } = [];

        public void Add(ArticleAnalysis article, TermVector vector, TermVector anchors)
        {
            Members.Add(article);
            if (!Sides.TryGetValue(article.Language, out var side))
            {
                Sides[article.Language] = side = new Side();
            }

            side.Add(vector, anchors, article.Entities);
            if (article.Article.Published is { } when)
            {
                Dates.Add(when);
            }
        }
    }

    private sealed class Side
    {
        private readonly TermVector.Sum _sum = new();
        private readonly TermVector.Sum _anchorSum = new();

        public TermVector Centroid { get; private set; } = new([]);
        public TermVector Anchors { get; private set; } = new([]);
        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        public void Add(TermVector vector, TermVector anchors, IReadOnlySet<string> entities)
        {
            _sum.Add(vector);
            Centroid = _sum.Centroid();
            _anchorSum.Add(anchors);
            Anchors = _anchorSum.Centroid();
            Entities.UnionWith(entities);
        }
    }
}
