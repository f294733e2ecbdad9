using Newsdesk.Core.Brief;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Llm;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Analyze, Cluster and Brief, costing what is new. An article is analysed once per version and its analysis kept.
/// A run holds only the open stories (<see cref="ClusterOptions.OpenStoryHours"/>), rebuilt from the store, and
/// places the new articles against them in date order; closed stories are never loaded again. New stories join the
/// open threads. A brief is written again only when what it is written from changed (<see cref="BriefInputs"/>: its
/// sources, its thread, its slugs), so a model is asked only for those. A full build (the first one, after an upgrade,
/// or `newsdesk rebuild`) places every article with the same rules.
/// </summary>
public sealed class StoryBuilder(NewsStore store, SiteSettings site, ClusterOptions? clusterOptions = null, LlmBriefEngine? llm = null)
{
    private const int AnalysisBatch = 500;
    private readonly ClusterOptions _options = clusterOptions ?? ClusterOptions.Product;

    /// <param name="progress">Where progress goes.</param>
    /// <param name="cancellationToken">Stops the build between steps.</param>
    /// <param name="full">Rebuild every story and thread from all articles (after `rebuild` forgot analyses).</param>
    public async Task<BuildReport> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken, bool full = false)
    {
        var analysed = Analyse(progress, cancellationToken);
        full |= store.Stories.NeedsFullBuild() && store.Articles.Count() > 0;
        var fresh = full ? [] : store.Articles.Unplaced();
        if (!full && fresh.Count == 0)
        {
            return BuildReport.Nothing(llm?.Tally);
        }

        var (stories, threads, byId, window) = full ? ClusterAll(progress) : ClusterNew(fresh, progress);
        var changedThreads = threads.Where(t => full || t.Changed).ToList();
        // Briefs to consider: stories begun or grown, and every story of a thread that changed (its timeline did).
        var consider = stories.Select(s => s.Id).Concat(changedThreads.SelectMany(t => t.StoryIds)).ToHashSet(StringComparer.Ordinal);
        var held = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var story in store.Stories.Find(consider.Where(id => !held.ContainsKey(id))))
        {
            held[story.Id] = story;
        }

        foreach (var analysis in store.Articles.AnalysesOf(held.Values.SelectMany(s => s.ArticleIds).Where(id => !byId.ContainsKey(id))))
        {
            byId[analysis.Article.Id] = analysis;
        }

        var threadOf = threads.SelectMany(t => t.StoryIds.Select(s => (s, t))).ToDictionary(x => x.s, x => new StoryThread(x.t.Id, x.t.StoryIds), StringComparer.Ordinal);
        var (written, kept, touched, gone) = await WriteBriefsAsync(consider.Select(id => held[id]).ToList(), window, threadOf, byId, progress, cancellationToken);
        return new BuildReport(byId.Count, stories.Count, changedThreads.Count, written.Count + kept, llm?.Tally)
        {
            Analysed = analysed,
            Full = full,
            Written = written,
            Touched = touched,
            Gone = gone,
        };
    }

    /// <summary>Every analysed article placed from scratch, in date order; stories keep their stored ids.</summary>
    private (List<Story> Stories, List<OpenThread> Threads, Dictionary<long, ArticleAnalysis> ById, List<Story> Window) ClusterAll(IProgress<PipelineProgress>? progress)
    {
        var analyses = store.Articles.Analysed();
        var byId = analyses.ToDictionary(a => a.Article.Id);
        progress?.Report(new PipelineProgress("Clustering", 0, analyses.Count));
        var inDateOrder = analyses.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Id).ToList();
        var clustered = KeepIds(new StoryClusterer(_options).Cluster(inDateOrder));
        var threads = new List<OpenThread>();
        var stories = new ThreadLinker(_options).Extend(threads, clustered, byId, new EntityWeights(analyses));
        store.Stories.Replace(stories, threads.Select(t => new StoryThread(t.Id, t.StoryIds)).ToList());
        store.Stories.SaveThreads(threads);
        progress?.Report(new PipelineProgress("Clustering", analyses.Count, analyses.Count));
        return (stories, threads, byId, stories);
    }

    /// <summary>The open stories rebuilt from the store, the new articles placed against them in date order, the stories
    /// that began or grew linked into the open threads. Only the open window is held.</summary>
    private (List<Story> Stories, List<OpenThread> Threads, Dictionary<long, ArticleAnalysis> ById, List<Story> Window) ClusterNew(IReadOnlyList<ArticleAnalysis> fresh, IProgress<PipelineProgress>? progress)
    {
        var newest = store.Articles.NewestPlaced() ?? DateTimeOffset.MinValue;
        var open = _options.OpenStoryHours is { } hours && newest > DateTimeOffset.MinValue.AddHours(hours)
            ? store.Stories.OpenStories(newest.AddHours(-hours))
            : store.Stories.OpenStories(DateTimeOffset.MinValue);
        var storyOf = open.SelectMany(s => s.Value.Select(a => (a, s.Key))).ToDictionary(x => x.a, x => x.Key);
        var carried = store.Articles.AnalysesOf(storyOf.Keys);
        var window = carried.Concat(fresh).ToList();
        var byId = window.ToDictionary(a => a.Article.Id);
        progress?.Report(new PipelineProgress("Clustering", 0, fresh.Count));
        var stream = new StoryStream(_options, new CollectionStatistics(window));
        foreach (var article in carried.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Id))
        {
            stream.Seed(article, storyOf[article.Article.Id]);
        }

        foreach (var article in fresh.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Id))
        {
            stream.Place(article);
        }

        var changed = stream.ChangedStories();
        var since = changed.Count == 0 ? newest : changed.Min(s => s.FirstPublished);
        var threads = store.Stories.OpenThreads(_options.ThreadWindowDays is { } days ? since.AddDays(-days) : DateTimeOffset.MinValue, changed.Select(s => s.Id));
        var linked = new ThreadLinker(_options).Extend(threads, changed, byId, new EntityWeights(window));
        store.Stories.Upsert(linked);
        store.Stories.SaveThreads(threads.Where(t => t.Changed));
        progress?.Report(new PipelineProgress("Clustering", fresh.Count, fresh.Count));
        var inThreads = threads.SelectMany(t => t.StoryIds.Select(s => (s, t.Id))).ToDictionary(x => x.s, x => x.Id, StringComparer.Ordinal);
        // The window's stories, for related topics: the open ones (with their thread) and those that changed.
        var windowStories = stream.Stories().Select(s => linked.FirstOrDefault(l => l.Id == s.Id) ?? s with { ThreadId = inThreads.GetValueOrDefault(s.Id) }).ToList();
        return (linked, threads, byId, windowStories);
    }

    /// <summary>
    /// A story keeps the id it was published under, although a report dated earlier than its first one (a backfilled
    /// feed) now leads it: a story that holds articles of a stored story takes that story's id — the one holding its
    /// longest-stored article — unless a story before it already took it.
    /// </summary>
    private List<Story> KeepIds(IReadOnlyList<Story> clustered)
    {
        var previous = store.Stories.StoryOfArticles();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Story>(clustered.Count);
        foreach (var story in clustered)
        {
            var old = story.ArticleIds.Order().Select(id => previous.GetValueOrDefault(id)).OfType<string>().FirstOrDefault(id => !taken.Contains(id));
            var id = old ?? story.Id;
            kept.Add(taken.Add(id) ? story with { Id = id } : story);
        }

        return kept;
    }

    /// <summary>Analyses the articles that are new or changed, in batches that are each kept in one transaction (a killed
    /// build keeps what it finished). Background frequencies are counted first, once per article.</summary>
    private int Analyse(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var fresh = store.Articles.Unanalysed();
        if (fresh.Count == 0)
        {
            return 0;
        }

        var languages = fresh.ToDictionary(a => a.Id, TextAnalyzer.LanguageOf);
        store.TermFrequencies.Add(fresh.Select(a => (a.Id, languages[a.Id], TextAnalyzer.BackgroundStems(a, languages[a.Id]))));
        var background = languages.Values.Distinct(StringComparer.Ordinal).ToDictionary(l => l, store.TermFrequencies.Load, StringComparer.Ordinal);
        var batch = new List<ArticleAnalysis>(AnalysisBatch);
        for (var i = 0; i < fresh.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var language = languages[fresh[i].Id];
            batch.Add(TextAnalyzer.Analyze(fresh[i], background[language], language));
            if (batch.Count == AnalysisBatch || i == fresh.Count - 1)
            {
                store.Articles.SaveAnalyses(batch);
                batch.Clear();
            }

            progress?.Report(new PipelineProgress("Analyzing", i + 1, fresh.Count, fresh[i].Title));
        }

        return fresh.Count;
    }

    private async Task<(List<StoryBrief> Written, int Kept, List<BriefPlace> Touched, List<BriefPlace> Gone)> WriteBriefsAsync(
        IReadOnlyList<Story> stories, IReadOnlyList<Story> window, Dictionary<string, StoryThread> threadOf, Dictionary<long, ArticleAnalysis> byId,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var ids = stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        // Planned: the stories to write and the window's stories (for related topics); each keeps its published slug.
        var planned = stories.Concat(window.Where(s => !ids.Contains(s.Id) && s.ArticleIds.All(byId.ContainsKey))).ToList();
        var stored = store.Briefs.IndexOf(planned.Select(s => s.Id));
        var links = BriefPlanner.Plan(planned, byId, llm?.Translates ?? false, stored.ToDictionary(s => s.Key, s => s.Value.Slug), store.Briefs.SlugTaken);
        // Thread neighbours this run does not plan are linked to as they were published.
        var plannedIds = planned.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var neighbours = stories.Select(s => threadOf.GetValueOrDefault(s.Id)).OfType<StoryThread>().SelectMany(t => t.StoryIds).Where(id => !plannedIds.Contains(id));
        foreach (var (storyId, language, slug, title, date) in store.Briefs.LinksOf(neighbours))
        {
            if (!links.TryGetValue(language, out var byStory))
            {
                links[language] = byStory = [];
            }

            byStory.TryAdd(storyId, new StoryLink(storyId, language, slug, title, new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new HashSet<string>()));
        }

        var newest = window.Concat(stories).Select(s => s.Updated).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var options = new SiteOptions(site.Publisher, site.BaseUrl);
        var engine = llm?.Describe ?? ExtractiveBriefWriter.Engine;
        var written = new List<(StoryBrief Brief, string Hash)>();
        var kept = new List<(string Language, string Slug)>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var slugs = links.Where(l => l.Value.ContainsKey(story.Id) && plannedIds.Contains(story.Id)).ToDictionary(l => l.Key, l => l.Value[story.Id].Slug);
            var articles = story.ArticleIds.Select(id => byId[id]).ToList();
            var native = StoryLanguages.Of(articles);
            var thread = threadOf.GetValueOrDefault(story.Id) ?? new StoryThread(story.ThreadId ?? StoryIds.ForThread(story.Id), [story.Id]);
            BriefContext Context(string language) => new()
            {
                Story = story,
                Thread = thread,
                Language = language,
                Articles = articles,
                Links = links[language],
                Slugs = slugs,
                Site = options,
                Newest = newest,
            };

            // Unchanged inputs: the stored brief stands, and no model is asked.
            var hashes = slugs.Keys.ToDictionary(l => l, l => BriefInputs.Hash(Context(l), engine), StringComparer.Ordinal);
            bool Unchanged(string language) => stored.TryGetValue((story.Id, language), out var old) && old.InputHash == hashes[language];
            if (hashes.Keys.All(Unchanged))
            {
                kept.AddRange(slugs.Select(s => (s.Key, s.Value)));
                continue;
            }

            var nativeBriefs = new List<StoryBrief>();
            foreach (var language in native)
            {
                var context = Context(language);
                var (extractive, evidence) = ExtractiveBriefWriter.Draft(context, llm is null ? 0 : BriefPrompt.EvidenceSentences);
                var brief = llm is null ? extractive : await llm.WriteAsync(context, extractive, evidence, cancellationToken);
                nativeBriefs.Add(brief);
                written.Add((brief, hashes[language]));
            }

            foreach (var language in slugs.Keys.Except(native).Order(StringComparer.Ordinal))
            {
                if (llm is not null && await llm.TranslateAsync(nativeBriefs[0], ExtractiveBriefWriter.Write(Context(language)), cancellationToken) is { } translated)
                {
                    written.Add((translated, hashes[language]));
                }
            }

            progress?.Report(new PipelineProgress(llm is null ? "Writing briefs" : "Writing briefs (model)", i + 1, stories.Count));
        }

        progress?.Report(new PipelineProgress(llm is null ? "Writing briefs" : "Writing briefs (model)", stories.Count, stories.Count));
        var plannedKeys = links.SelectMany(l => l.Value.Keys.Where(ids.Contains).Select(story => (story, l.Key))).ToHashSet();
        var removed = stored.Keys.Where(k => ids.Contains(k.StoryId) && !plannedKeys.Contains(k)).ToList();
        // Links to planned translations that did not come are removed; briefs kept as they are, and published briefs
        // this run does not touch, count as published.
        var published = kept.Concat(links.SelectMany(l => l.Value.Values.Where(v => !ids.Contains(v.StoryId)).Select(v => (v.Language, v.Slug))));
        var pruned = BriefLinks.Prune(written.Select(w => w.Brief).ToList(), published);
        var hashOf = written.ToDictionary(w => (w.Brief.StoryId, w.Brief.FrontMatter.Language), w => w.Hash);
        // Where the old versions were shown (a tag dropped, a day changed) and where the new ones are: the pages to refresh.
        var changedStories = pruned.Select(b => b.StoryId).Concat(removed.Select(r => r.StoryId)).ToHashSet(StringComparer.Ordinal);
        var before = store.Briefs.Places(changedStories);
        store.Briefs.Apply(pruned.Select(b => (b, (string?)hashOf[(b.StoryId, b.FrontMatter.Language)])).ToList(), removed);
        var gone = before.Where(p => removed.Contains((p.StoryId, p.Language))).ToList();
        return (pruned, kept.Count, [.. before, .. store.Briefs.Places(pruned.Select(b => b.StoryId))], gone);
    }
}
