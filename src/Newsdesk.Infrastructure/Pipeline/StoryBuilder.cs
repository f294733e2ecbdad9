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
/// Analyze, Cluster and Brief, costing what is new and holding only what is open. An article is analysed once per
/// version and its analysis kept. New articles are placed in date order, a chunk at a time, against the open stories
/// (<see cref="ClusterOptions.OpenStoryHours"/>) rebuilt from the store; closed stories are never loaded again. New
/// stories join the open threads (<see cref="ClusterOptions.ThreadWindowDays"/>). Briefs are then considered, a batch at
/// a time, for the stories that began or grew and for every story of a thread that changed; one is written again only
/// when what it is written from changed (<see cref="BriefInputs"/>), so a model is asked only for those. A full build
/// (`newsdesk rebuild`, or a store from before this design) places every article again by the same rules.
/// </summary>
public sealed class StoryBuilder(NewsStore store, SiteSettings site, ClusterOptions? clusterOptions = null, LlmBriefEngine? llm = null)
{
    private const int AnalysisBatch = 1000;
    private const int PlacementChunk = 2000;
    private const int BriefBatch = 300;
    private const string UnreachedMark = "~model-unreached";
    private readonly ClusterOptions _options = clusterOptions ?? ClusterOptions.Product;

    /// <param name="progress">Where progress goes.</param>
    /// <param name="cancellationToken">Stops the build between steps; what is done is kept.</param>
    /// <param name="full">Place every article again (after an upgrade of the analyser or the clusterer).</param>
    public async Task<BuildReport> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken, bool full = false)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reanalysed = Analyse(progress, cancellationToken);
        var analysed = reanalysed.Count;
        var analysing = clock.Elapsed;
        // A full build that was stopped is finished first; so is any brief a stopped build still owed.
        full |= (store.Stories.NeedsFullBuild() && store.Articles.Count() > 0) || store.Journal.Count(BuildJournal.Full) > 0;
        var owed = full ? [] : store.Journal.Pending(BuildJournal.Brief).Select(e => e.Key).ToList();
        // Ids published before a full build, so that a story keeps its id (and with it its slug) when it is placed again.
        var previous = full ? store.Stories.StoryOfArticles() : [];
        if (full)
        {
            store.Journal.Note(BuildJournal.Full, ["build"]);
            // A full build considers every story: briefs owed to stories it is about to regroup are owed no more.
            store.Journal.Done(BuildJournal.Brief, store.Journal.Pending(BuildJournal.Brief));
            store.Stories.Clear();
        }

        var waiting = store.Articles.UnplacedCount();
        var newestBefore = full ? null : store.Articles.NewestPlaced();
        // An article whose text changed stays where it was placed; its story's briefs are written again.
        var changedStories = full ? [] : store.Stories.StoriesOf(reanalysed).ToHashSet(StringComparer.Ordinal);
        if (waiting == 0 && changedStories.Count == 0 && owed.Count == 0 && !full)
        {
            return BuildReport.Nothing(llm?.Tally);
        }

        var changedThreads = new HashSet<string>(StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var adopted = new HashSet<string>(StringComparer.Ordinal);
        var begun = new HashSet<string>(StringComparer.Ordinal);
        var placed = 0;
        var held = 0;
        Window? window = null;
        for (IReadOnlyList<ArticleAnalysis> chunk; (chunk = store.Articles.Unplaced(PlacementChunk)).Count > 0;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            window = Place(chunk, previous, adopted, window?.Articles);
            held = Math.Max(held, window.Articles.Count);
            changedStories.UnionWith(window.Changed);
            begun.UnionWith(window.Begun);
            changedThreads.UnionWith(window.Threads.Where(t => t.Changed).Select(t => t.Id));
            affected.UnionWith(window.Affected);

            placed += chunk.Count;
            progress?.Report(new PipelineProgress("Placing articles in stories", placed, waiting, Unit: "articles"));
        }

        var placing = clock.Elapsed - analysing;
        var closed = Closed(newestBefore, placed > 0 ? store.Articles.NewestPlaced() : newestBefore);
        // Briefs: the stories that began or grew, and the stories whose timeline (or previous/next) shows a story added
        // to their thread.
        var consider = owed.Concat(changedStories).Concat(affected).Distinct(StringComparer.Ordinal).ToList();
        var report = new BriefRun(consider.Count);
        if (full)
        {
            // Briefs of stories that are no more (their articles regrouped) go first, so their slugs are free again.
            var orphans = store.Briefs.Orphans();
            store.Briefs.Apply(new BriefBatch { Removed = orphans.Select(o => (o.StoryId, o.Language)).ToList(), Before = orphans });
            report.Gone.AddRange(orphans);
        }

        // The open stories are linked to (related topics) from every batch: planned once, not once a batch.
        var windowLinks = window is null ? [] : PlanWindow(window);
        foreach (var batch in consider.Chunk(BriefBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteBriefsAsync(batch, window, windowLinks, report, progress, cancellationToken);
        }

        if (full)
        {
            store.Journal.Done(BuildJournal.Full, store.Journal.Pending(BuildJournal.Full));
        }

        return new BuildReport(placed, changedStories.Count, changedThreads.Count, report.Written.Count + report.Kept, llm?.Tally)
        {
            Analysed = analysed,
            Begun = begun.Count,
            Closed = closed,
            Held = held,
            Timings = (analysing, placing, clock.Elapsed - analysing - placing),
            Full = full,
            Resumed = owed.Count,
            Written = report.Written,
            Gone = report.Gone,
        };
    }

    /// <summary>
    /// One chunk of new articles placed in date order against the open stories, which are rebuilt from the store (their
    /// articles replayed into a <see cref="StoryStream"/>); the stories that began or grew are linked into the open
    /// threads and saved.
    /// </summary>
    private Window Place(IReadOnlyList<ArticleAnalysis> fresh, Dictionary<long, string> previous, HashSet<string> adopted, Dictionary<long, ArticleAnalysis>? held)
    {
        var newest = store.Articles.NewestPlaced();
        var open = store.Stories.OpenStories(newest is { } n && _options.OpenStoryHours is { } hours ? n.AddHours(-hours) : DateTimeOffset.MinValue);
        var storyOf = open.SelectMany(s => s.Value.Select(a => (a, s.Key))).ToDictionary(x => x.a, x => x.Key);
        // The open articles the last chunk held are taken as they are (analyses do not change during a build); only
        // the others are read and decoded.
        var carried = new List<ArticleAnalysis>(storyOf.Count);
        var unread = new List<long>();
        foreach (var id in storyOf.Keys)
        {
            if (held is not null && held.TryGetValue(id, out var analysis))
            {
                carried.Add(analysis);
            }
            else
            {
                unread.Add(id);
            }
        }

        carried.AddRange(store.Articles.AnalysesOf(unread));
        var articles = carried.Concat(fresh).ToList();
        var byId = articles.ToDictionary(a => a.Article.Id);
        var stream = new StoryStream(_options, new CollectionStatistics(articles));
        foreach (var article in carried.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Url, StringComparer.Ordinal).ThenBy(a => a.Article.Id))
        {
            stream.Seed(article, storyOf[article.Article.Id]);
        }

        // Ties in date order go by address, never by store order: the order pages were fetched in must not decide which
        // article founds a story (and so its id, its thread's id and every byte of its brief).
        foreach (var article in fresh.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Url, StringComparer.Ordinal).ThenBy(a => a.Article.Id))
        {
            stream.Place(article);
        }

        var changed = stream.ChangedStories().Select(s => Adopt(s, previous, adopted, open)).ToList();
        var since = changed.Count == 0 ? newest ?? DateTimeOffset.MinValue : changed.Min(s => s.FirstPublished);
        var threads = store.Stories.OpenThreads(_options.ThreadWindowDays is { } days && since > DateTimeOffset.MinValue.AddDays(days) ? since.AddDays(-days) : DateTimeOffset.MinValue,
            changed.Select(s => s.Id));
        var linked = new ThreadLinker(_options).Extend(threads, changed, byId, new EntityWeights(articles));
        // The stories placed, the threads extended and the briefs they make due, in one transaction: a build stopped
        // after it owes those briefs to the next run (the build journal), however it was stopped.
        var affected = threads.Where(t => t.Changed).SelectMany(t => t.AffectedByAdditions()).Distinct(StringComparer.Ordinal).ToList();
        store.Stories.Save(linked, threads.Where(t => t.Changed), linked.Select(s => s.Id).Concat(affected));
        return new Window(linked.Select(s => s.Id).ToList(), linked.Where(s => !open.ContainsKey(s.Id)).Select(s => s.Id).ToList(), threads, affected,
            stream.Stories().Where(s => s.ArticleIds.All(byId.ContainsKey)).ToList(), byId);
    }

    /// <summary>How many stories the build's newer articles moved out of the open window (none without a window).</summary>
    private int Closed(DateTimeOffset? newestBefore, DateTimeOffset? newestAfter)
    {
        if (_options.OpenStoryHours is not { } hours || newestAfter is not { } after)
        {
            return 0;
        }

        var from = newestBefore is { } before ? before.AddHours(-hours) : DateTimeOffset.MinValue;
        return store.Stories.UpdatedBetween(from, after.AddHours(-hours));
    }

    /// <summary>
    /// A story begun in this build takes the id it was published under before a full build (the stored story holding its
    /// longest-stored article), unless another story took that id already; a story carried over keeps its own.
    /// </summary>
    private static Story Adopt(Story story, Dictionary<long, string> previous, HashSet<string> adopted, Dictionary<string, List<long>> open)
    {
        if (open.ContainsKey(story.Id) || previous.Count == 0)
        {
            return story;
        }

        var old = story.ArticleIds.Order().Select(id => previous.GetValueOrDefault(id)).OfType<string>().FirstOrDefault(id => !adopted.Contains(id));
        if (old is not null && adopted.Add(old))
        {
            return story with { Id = old };
        }

        // Its own id, unless a story placed before it took that id over: then one derived from it.
        return adopted.Add(story.Id) ? story : story with { Id = StoryIds.ForStory(story.Id + "#" + story.ArticleIds.Min()) };
    }

    /// <summary>Analyses the articles that are new or changed, in batches that are each kept in one transaction (a killed
    /// build keeps what it finished). Background frequencies are counted first, once per article.</summary>
    private List<long> Analyse(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var total = store.Articles.UnanalysedCount();
        var done = 0;
        var ids = new List<long>(total);
        for (IReadOnlyList<Article> fresh; done < total && (fresh = store.Articles.Unanalysed(AnalysisBatch)).Count > 0;)
        {
            var languages = fresh.ToDictionary(a => a.Id, TextAnalyzer.LanguageOf);
            var stems = fresh.ToDictionary(a => a.Id, a => TextAnalyzer.BackgroundStems(a, languages[a.Id]).Distinct(StringComparer.Ordinal).ToList());
            store.TermFrequencies.Add(fresh.Select(a => (a.Id, languages[a.Id], (IEnumerable<string>)stems[a.Id])));
            // Only the batch's own words are read back: the ranker looks up no other.
            var background = languages.Values.Distinct(StringComparer.Ordinal).ToDictionary(
                l => l, l => store.TermFrequencies.Load(l, fresh.Where(a => languages[a.Id] == l).SelectMany(a => stems[a.Id])), StringComparer.Ordinal);
            var batch = new List<ArticleAnalysis>(fresh.Count);
            foreach (var article in fresh)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var language = languages[article.Id];
                batch.Add(TextAnalyzer.Analyze(article, background[language], language));
                done++;
                progress?.Report(new PipelineProgress("Analysing articles", done, total, article.Title, "articles"));
            }

            store.Articles.SaveAnalyses(batch);
            ids.AddRange(fresh.Select(a => a.Id));
        }

        return ids;
    }

    /// <summary>Briefs for a batch of stories, loaded from the store with their threads and articles; related topics are
    /// looked for among the batch and the open window.</summary>
    private Dictionary<string, Dictionary<string, StoryLink>> PlanWindow(Window window)
    {
        var stored = store.Briefs.IndexOf(window.Open.Select(s => s.Id));
        // Each open story planned from the reports its brief is written from (SourceSelection), as its own batch plans it:
        // the same headline either way, and a window of long stories costs what its briefs do.
        var bounded = window.Open.Select(s => s.ArticleIds.Count <= SourceSelection.MaxSources ? s : s with
        {
            ArticleIds = SourceSelection.Choose(s.ArticleIds.Select(id => window.Articles[id].Article)
                .Select(a => new SourceSelection.Report(a.Id, a.Url, a.SiteName, a.Language, a.Published)).ToList()),
        }).ToList();
        return BriefPlanner.Plan(bounded, window.Articles, llm?.Translates ?? false, stored.ToDictionary(s => s.Key, s => s.Value.Slug), store.Briefs.SlugTaken);
    }

    private async Task WriteBriefsAsync(IReadOnlyList<string> storyIds, Window? window, Dictionary<string, Dictionary<string, StoryLink>> windowLinks, BriefRun run,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var stories = store.Stories.Find(storyIds);
        var threadOf = store.Stories.ThreadsOf(storyIds);
        // Bounded briefs: a large story is written from a fixed number of its reports, chosen from their metadata, so
        // only those are read and analysed again (SourceSelection).
        var large = stories.Where(s => s.ArticleIds.Count > SourceSelection.MaxSources).ToList();
        var reports = store.Articles.Reports(large.SelectMany(s => s.ArticleIds));
        var chosen = stories.ToDictionary(s => s.Id, s => s.ArticleIds.Count > SourceSelection.MaxSources
            ? SourceSelection.Choose(s.ArticleIds.Select(id => reports[id]).ToList()) : s.ArticleIds, StringComparer.Ordinal);
        var byId = window?.Articles is { } held ? new Dictionary<long, ArticleAnalysis>(held) : [];
        foreach (var analysis in store.Articles.AnalysesOf(chosen.Values.SelectMany(ids => ids).Where(id => !byId.ContainsKey(id))))
        {
            byId[analysis.Article.Id] = analysis;
        }

        var ids = stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var stored = store.Briefs.IndexOf(ids);
        var versions = store.Briefs.Versions(ids);
        var links = BriefPlanner.Plan(stories.Select(s => s with { ArticleIds = chosen[s.Id] }).ToList(), byId, llm?.Translates ?? false,
            stored.ToDictionary(s => s.Key, s => s.Value.Slug), store.Briefs.SlugTaken);
        void Link(StoryLink link)
        {
            if (!links.TryGetValue(link.Language, out var byStory))
            {
                links[link.Language] = byStory = [];
            }

            byStory.TryAdd(link.StoryId, link);
        }

        foreach (var link in windowLinks.Values.SelectMany(byStory => byStory.Values))
        {
            Link(link);
        }

        var planned = stories.Concat((window?.Open ?? []).Where(s => !ids.Contains(s.Id))).ToList();
        // Thread neighbours this batch does not plan are linked to as they were published: those its timelines (and
        // previous/next) show, not whole threads, which grow to thousands of stories.
        var plannedIds = planned.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var neighbours = threadOf.SelectMany(t => t.Value.Around(t.Key)).Where(id => !plannedIds.Contains(id));
        foreach (var (storyId, language, slug, title, date) in store.Briefs.LinksOf(neighbours))
        {
            Link(new StoryLink(storyId, language, slug, title, new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new HashSet<string>()));
        }

        var newest = planned.Select(s => s.Updated).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var options = new SiteOptions(site.Publisher, site.Base);
        var engine = llm?.Describe ?? ExtractiveBriefWriter.Engine;
        var written = new List<(StoryBrief Brief, string Hash)>();
        var kept = new List<(string Language, string Slug)>();
        foreach (var story in stories)
        {
            var slugs = links.Where(l => l.Value.ContainsKey(story.Id)).ToDictionary(l => l.Key, l => l.Value[story.Id].Slug);
            var articles = chosen[story.Id].Select(id => byId[id]).ToList();
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
                Previous = versions.GetValueOrDefault((story.Id, language)),
                TotalSources = story.ArticleIds.Count,
            };

            // Unchanged inputs: the stored brief stands, and no model is asked.
            var hashes = slugs.Keys.ToDictionary(l => l, l => BriefInputs.Hash(Context(l), engine), StringComparer.Ordinal);
            bool Unchanged(string language) => stored.TryGetValue((story.Id, language), out var old) && old.InputHash == hashes[language];
            if (hashes.Keys.All(Unchanged))
            {
                kept.AddRange(slugs.Select(s => (s.Key, s.Value)));
            }
            else
            {
                var nativeBriefs = new List<StoryBrief>();
                foreach (var language in native)
                {
                    var context = Context(language);
                    var (extractive, evidence) = ExtractiveBriefWriter.Draft(context, llm is null ? 0 : BriefPrompt.EvidenceSentences);
                    var brief = llm is null ? extractive : await llm.WriteAsync(context, extractive, evidence, cancellationToken);
                    nativeBriefs.Add(brief);
                    // A story no model answered for keeps its extractive brief now, stored under inputs that do not
                    // match, so the next run asks the model again (the breaker bounds what a dead model costs a run).
                    written.Add((brief, llm is not null && llm.Unreached(story.Id, language) ? hashes[language] + UnreachedMark : hashes[language]));
                }

                foreach (var language in slugs.Keys.Except(native).Order(StringComparer.Ordinal))
                {
                    if (llm is not null && await llm.TranslateAsync(nativeBriefs[0], ExtractiveBriefWriter.Write(Context(language)), cancellationToken) is { } translated)
                    {
                        written.Add((translated, hashes[language]));
                    }
                }
            }

            run.Done++;
            progress?.Report(new PipelineProgress(llm is null ? "Writing briefs" : "Writing briefs (model)", run.Done, run.Total, Unit: "stories"));
        }

        var plannedKeys = links.SelectMany(l => l.Value.Keys.Where(ids.Contains).Select(story => (story, l.Key))).ToHashSet();
        var removed = stored.Keys.Where(k => ids.Contains(k.StoryId) && !plannedKeys.Contains(k)).ToList();
        // Links to planned translations that did not come are removed; briefs kept as they are, and published briefs
        // this batch does not touch, count as published.
        var published = kept.Concat(links.SelectMany(l => l.Value.Values.Where(v => !ids.Contains(v.StoryId)).Select(v => (v.Language, v.Slug))));
        var hashOf = written.ToDictionary(w => (w.Brief.StoryId, w.Brief.FrontMatter.Language), w => (string?)w.Hash);
        var pruned = MarkFeatured(BriefLinks.Prune(written.Select(w => w.Brief).ToList(), published), hashOf);
        // Where the old versions were shown (a tag dropped, a day changed): the publish journal keeps it, so those pages are refreshed too.
        var before = store.Briefs.Places(pruned.Select(b => b.StoryId).Concat(removed.Select(r => r.StoryId)));
        store.Briefs.Apply(new BriefBatch
        {
            Written = pruned.Select(b => (b, hashOf[(b.StoryId, b.FrontMatter.Language)])).ToList(),
            Removed = removed,
            Considered = storyIds,
            Before = before,
        });
        run.Written.AddRange(pruned);
        run.Kept += kept.Count;
        run.Gone.AddRange(before.Where(p => removed.Contains((p.StoryId, p.Language))));
    }

    /// <summary>
    /// Features the top share of each day the written briefs fall on (per language), ranked with that day's stored briefs;
    /// a stored brief whose mark changes is written again as it was, with the new mark (its inputs unchanged, so the
    /// fingerprint stays). Returns the briefs to store.
    /// </summary>
    private List<StoryBrief> MarkFeatured(IReadOnlyList<StoryBrief> written, Dictionary<(string StoryId, string Language), string?> hashOf)
    {
        var result = new List<StoryBrief>();
        foreach (var day in written.GroupBy(b => (b.FrontMatter.Language, b.FrontMatter.Date)))
        {
            var language = day.Key.Language;
            var mine = day.Select(b => b.StoryId).ToHashSet(StringComparer.Ordinal);
            var stored = store.Briefs.OfDay(language, day.Key.Date).Where(s => !mine.Contains(s.StoryId)).ToList();
            var featured = FeaturedStories.Pick(day.Select(b => (b.StoryId, b.FrontMatter.Importance, b.FrontMatter.Updated))
                .Concat(stored.Select(s => (s.StoryId, s.Importance, s.Updated))));
            result.AddRange(day.Select(b => b with { FrontMatter = b.FrontMatter with { Featured = featured.Contains(b.StoryId) } }));
            foreach (var flipped in stored.Where(s => s.Featured != featured.Contains(s.StoryId)))
            {
                if (store.Briefs.Find(language, flipped.Slug) is { } brief)
                {
                    result.Add(brief with { FrontMatter = brief.FrontMatter with { Featured = !flipped.Featured } });
                    hashOf[(flipped.StoryId, language)] = flipped.InputHash;
                }
            }
        }

        return result;
    }

    /// <summary>What the last placement held: the stories it changed, the threads it loaded, the open stories and their articles.</summary>
    private sealed record Window(IReadOnlyList<string> Changed, IReadOnlyList<string> Begun, List<OpenThread> Threads, IReadOnlyList<string> Affected, IReadOnlyList<Story> Open,
        Dictionary<long, ArticleAnalysis> Articles);

    /// <summary>The brief step's tally across batches.</summary>
    private sealed class BriefRun(int total)
    {
        public int Total => total;
        public int Done { get; set; }
        public int Kept { get; set; }
        public List<StoryBrief> Written { get; } = [];
        public List<BriefPlace> Gone { get; } = [];
    }
}
