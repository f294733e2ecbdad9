using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// One stream of articles being clustered online (see <see cref="StoryClusterer"/>): <see cref="Place"/> puts each
/// article, in arrival order, into the best existing story or a new one; nothing placed ever moves. Holds what the
/// next article is compared against: the stories so far, the inverted index and the near-duplicate index.
/// </summary>
public sealed class StoryStream(ClusterOptions options, CollectionStatistics statistics)
{
    private readonly List<StoryDraft> _stories = [];
    private readonly StoryPostings _byTerm = new(options.MaxPostingsPerKey);
    private readonly StoryPostings _byAnchor = new(options.MaxPostingsPerKey);
    private readonly HashSet<string> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _storyOf = [];
    private readonly NearDuplicateIndex _copies = new(options.NearDuplicateSimilarity);
    private readonly Dictionary<string, int> _seeded = new(StringComparer.Ordinal);
    private DateTimeOffset? _newest;

    /// <summary>How many stories the stream has so far.</summary>
    public int Count => _stories.Count;

    /// <summary>The highest score identical words or anchors give (cosines are at most 1), before the time factor.</summary>
    private double MaxScore => 1 / Math.Min(options.LexicalThreshold, options.CrossLanguageThreshold);

    /// <summary>
    /// Carries over an article of a story placed in an earlier run (replayed in date order): it goes into the story
    /// with that id, no decision taken, and the indexes learn it as if it had just been placed. This is how a run
    /// rebuilds the open stories from the store instead of holding the whole archive.
    /// </summary>
    public void Seed(ArticleAnalysis article, string storyId)
    {
        Advance(article.Article.Published);
        if (!_seeded.TryGetValue(storyId, out var target))
        {
            _stories.Add(new StoryDraft(storyId));
            _seeded[storyId] = target = _stories.Count - 1;
        }

        var vector = Vectorize(article);
        var anchors = statistics.Entities.Anchors(article);
        var id = article.Article.Id;
        if (_copies.FindAndAdd(id, article.Article.Title + "\n" + article.Article.Text) is { } copied && _storyOf.TryGetValue(copied, out var copiedStory) && copiedStory == target)
        {
            _stories[target].Alternates[id] = copied;
        }

        Index(article, target, vector, anchors, vector.Top(options.IndexTerms));
    }

    /// <summary>Places the next article of the stream and returns the number of its story (in order of creation).</summary>
    public int Place(ArticleAnalysis article)
    {
        var when = article.Article.Published;
        Advance(when);
        var vector = Vectorize(article);
        var anchors = statistics.Entities.Anchors(article);
        var terms = vector.Top(options.IndexTerms);
        var id = article.Article.Id;
        int target;
        if (_copies.FindAndAdd(id, article.Article.Title + "\n" + article.Article.Text) is { } copied && _storyOf.TryGetValue(copied, out var copiedStory) && IsOpen(_stories[copiedStory]))
        {
            target = copiedStory;
            _stories[target].Alternates[id] = copied;
        }
        else
        {
            target = Scored(article, vector, anchors, terms)
                .Where(x => x.Score >= 1)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Story)
                .Select(x => x.Story)
                .DefaultIfEmpty(-1)
                .First();
            if (target < 0)
            {
                _stories.Add(new StoryDraft());
                target = _stories.Count - 1;
            }
        }

        _stories[target].Grown = true;
        Index(article, target, vector, anchors, terms);
        return target;
    }

    /// <summary>
    /// How strongly the article would join its best story if it were placed next, without placing it: its similarity
    /// in units of the bar (1 joins). A copy of an earlier article is not looked for. The evaluations use it to ask
    /// how far a decision was from going the other way, and which bar a set would have liked.
    /// </summary>
    public double Strongest(ArticleAnalysis article)
    {
        var vector = Vectorize(article);
        return Scored(article, vector, statistics.Entities.Anchors(article), vector.Top(options.IndexTerms)).Select(x => x.Score).DefaultIfEmpty(0).Max();
    }

    /// <summary>The candidate stories with the article's similarity to each (1 = the bar).</summary>
    private IEnumerable<(int Story, double Score)> Scored(ArticleAnalysis article, TermVector vector, TermVector anchors, IReadOnlyList<string> terms) =>
        // A story too far off in time to reach the bar even with identical words is no candidate, so the candidates
        // are the stories the article could still join.
        Candidates(article, terms, anchors, g => IsOpen(_stories[g]) && TimeFactor(_stories[g], article.Article.Published) * MaxScore >= 1)
            .Select(g => (Story: g, Score: Similarity(_stories[g], vector, anchors, article)));

    /// <summary>The stories so far, in order of creation.</summary>
    public IReadOnlyList<Story> Stories() => _stories.Select(ToStory).ToList();

    /// <summary>The stories that were begun or grew in this stream (not those only carried over).</summary>
    public IReadOnlyList<Story> ChangedStories() => _stories.Where(s => s.Grown).Select(ToStory).ToList();

    private void Advance(DateTimeOffset? when)
    {
        if (when is { } published && (_newest is null || published > _newest))
        {
            _newest = published;
        }
    }

    /// <summary>Closed: the story's newest article is more than <see cref="ClusterOptions.OpenStoryHours"/> behind the newest
    /// article placed. Nothing joins a closed story, so a run need not hold it.</summary>
    private bool IsOpen(StoryDraft story) =>
        options.OpenStoryHours is not { } hours || _newest is not { } newest || story.DateRange is not { } range || (newest - range.Last).TotalHours <= hours;

    private void Index(ArticleAnalysis article, int target, TermVector vector, TermVector anchors, IReadOnlyList<string> terms)
    {
        _stories[target].Add(article, vector, anchors);
        _languages.Add(article.Language);
        _storyOf[article.Article.Id] = target;
        foreach (var term in terms)
        {
            _byTerm.Add(article.Language, term, target);
        }

        foreach (var anchor in anchors.Weights.Keys)
        {
            _byAnchor.Add(article.Language, anchor, target);
        }
    }

    /// <summary>The stories sharing most of the article's index terms (same language) or its cross-language anchors
    /// (in the stories' other-language reports), best first, at most <see cref="ClusterOptions.MaxCandidates"/>.</summary>
    private IEnumerable<int> Candidates(ArticleAnalysis article, IReadOnlyList<string> terms, TermVector anchors, Func<int, bool> reachable)
    {
        var hits = new Dictionary<int, (double Score, int Lookup)>();
        var lookup = 0;
        foreach (var term in terms)
        {
            _byTerm.Collect(article.Language, term, 1, hits, ++lookup);
        }

        // Anchors are posted per language, so a stream in one language never walks these lists.
        foreach (var language in _languages)
        {
            if (language != article.Language)
            {
                foreach (var (anchor, weight) in anchors.Weights)
                {
                    _byAnchor.Collect(language, anchor, weight, hits, ++lookup);
                }
            }
        }

        // Ties go to the newer story: of two stories sharing as much, the recent one is the likelier match.
        return hits.Where(h => reachable(h.Key)).OrderByDescending(h => h.Value.Score).ThenByDescending(h => h.Key).Take(options.MaxCandidates).Select(h => h.Key);
    }

    private double Similarity(StoryDraft story, TermVector vector, TermVector anchors, ArticleAnalysis article)
    {
        // Same language: judged by the words. Names and figures anchor a report to the story's reports in other
        // languages (counting them within a language merged different events of the same place).
        // Same words, no name or figure in common: another event of the same kind (another earthquake, another launch)
        // until the words say otherwise much more strongly. Across languages likewise: concepts alone ("fire",
        // "residents") are another event of the same kind (a house fire in Hallstedt, a factory fire in Holby).
        var lexical = story.Sides.TryGetValue(article.Language, out var own) ? own.Terms.Cosine(vector) * NameFactor(own) : 0.0;
        var across = 0.0;
        foreach (var (language, side) in story.Sides)
        {
            if (language != article.Language)
            {
                across = Math.Max(across, side.Anchors.Cosine(anchors) * NameFactor(side));
            }
        }

        return TimeFactor(story, article.Article.Published) * Math.Max(lexical / options.LexicalThreshold, across / options.CrossLanguageThreshold);

        // 1, or the no-shared-name factor when the article and the side both have names or figures and share none.
        double NameFactor(StorySide side) =>
            article.Entities.Count > 0 && side.Entities.Count > 0 && !article.Entities.Overlaps(side.Entities) ? options.NoSharedNameFactor : 1;
    }

    /// <summary>1 within the story window of the story's nearest dated article, then decaying; for a late arrival
    /// never below <see cref="ClusterOptions.LateArrivalTimeFactor"/>.</summary>
    private double TimeFactor(StoryDraft story, DateTimeOffset? when)
    {
        if (when is not { } w || story.HoursToNearest(w) is not { } hours)
        {
            return 1;
        }

        var decay = hours <= options.StoryWindowHours ? 1 : Math.Exp(-(hours - options.StoryWindowHours) / options.DecayHours);
        // An article dated well behind the stream's newest came late or carries a suspect date (a crawl date, an
        // update stamp, a year off): its date neither separates nor joins, and the words decide at a stricter bar.
        // An article at the front of the stream has a date to trust, and a day-old story is another story.
        var late = _newest is { } now && (now - w).TotalHours > options.LateArrivalHours;
        return late ? Math.Max(decay, options.LateArrivalTimeFactor) : decay;
    }

    private TermVector Vectorize(ArticleAnalysis article)
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

    private static Story ToStory(StoryDraft group)
    {
        var members = group.Members;
        var (first, last) = group.DateRange ?? (DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var language = members.GroupBy(m => m.Language).OrderByDescending(g => g.Count()).First().Key;
        return new Story
        {
            Id = group.Id ?? StoryIds.ForStory(members[0].Article.Key),
            ArticleIds = members.Select(m => m.Article.Id).ToList(),
            FirstPublished = first,
            Updated = last,
            KeyTerms = KeyTermExtractor.Merge(members.Where(m => m.Language == language).Select(m => m.KeyTerms), language),
            Alternates = group.Alternates,
        };
    }
}
