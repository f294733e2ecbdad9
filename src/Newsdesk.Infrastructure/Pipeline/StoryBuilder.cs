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
/// Analyze, Cluster and Brief. Only what is new costs work: an article is analysed once per version and its analysis
/// kept in the store; when no article is new or changed the build does nothing at all; a brief is written again only
/// when what it is written from changed (<see cref="BriefInputs"/>: its sources, its thread, its slugs), so a model is
/// asked only for those. With a model engine, briefs are rewritten by the model (the extractive brief stays where it
/// fails) and single-language stories get the other language's brief.
/// </summary>
public sealed class StoryBuilder(NewsStore store, SiteSettings site, ClusterOptions? clusterOptions = null, LlmBriefEngine? llm = null)
{
    private const int AnalysisBatch = 500;
    private readonly ClusterOptions _options = clusterOptions ?? new ClusterOptions();

    /// <param name="progress">Where progress goes.</param>
    /// <param name="cancellationToken">Stops the build between steps.</param>
    /// <param name="force">Build even when no article is new (after `rebuild` forgot analyses or briefs).</param>
    public async Task<BuildReport> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken, bool force = false)
    {
        var analysed = Analyse(progress, cancellationToken);
        if (analysed == 0 && !force)
        {
            return BuildReport.Nothing(llm?.Tally);
        }

        var analyses = store.Articles.Analysed();
        var byId = analyses.ToDictionary(a => a.Article.Id);
        progress?.Report(new PipelineProgress("Clustering", 0, analyses.Count));
        // Placed in date order (then store order), so the stories do not depend on which feed happened to be read first.
        var inDateOrder = analyses.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Id).ToList();
        var clustered = KeepIds(new StoryClusterer(_options).Cluster(inDateOrder));
        var (stories, threads) = new ThreadLinker(_options).Link(clustered, byId);
        store.Stories.Replace(stories, threads);
        progress?.Report(new PipelineProgress("Clustering", analyses.Count, analyses.Count));

        var (written, kept, touched, gone) = await WriteBriefsAsync(stories, threads, byId, progress, cancellationToken);
        return new BuildReport(analyses.Count, stories.Count, threads.Count, written.Count + kept, llm?.Tally)
        {
            Analysed = analysed,
            Written = written,
            Touched = touched,
            Gone = gone,
        };
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
        IReadOnlyList<Story> stories, IReadOnlyList<StoryThread> threads, Dictionary<long, ArticleAnalysis> byId,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var stored = store.Briefs.Index();
        var links = BriefPlanner.Plan(stories, byId, llm?.Translates ?? false, stored.ToDictionary(s => s.Key, s => s.Value.Slug));
        var threadOf = threads.SelectMany(t => t.StoryIds.Select(s => (s, t))).ToDictionary(x => x.s, x => x.t);
        var newest = stories.Count == 0 ? DateTimeOffset.UnixEpoch : stories.Max(s => s.Updated);
        var options = new SiteOptions(site.Publisher, site.BaseUrl);
        var engine = llm?.Describe ?? ExtractiveBriefWriter.Engine;
        var written = new List<(StoryBrief Brief, string Hash)>();
        var kept = new List<(string Language, string Slug)>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var slugs = links.Where(l => l.Value.ContainsKey(story.Id)).ToDictionary(l => l.Key, l => l.Value[story.Id].Slug);
            var articles = story.ArticleIds.Select(id => byId[id]).ToList();
            var native = StoryLanguages.Of(articles);
            BriefContext Context(string language) => new()
            {
                Story = story,
                Thread = threadOf[story.Id],
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
        var planned = links.SelectMany(l => l.Value.Keys.Select(story => (story, l.Key))).ToHashSet();
        var removed = stored.Keys.Where(k => !planned.Contains(k)).ToList();
        // Links to planned translations that did not come are removed; briefs kept as they are count as published.
        var pruned = BriefLinks.Prune(written.Select(w => w.Brief).ToList(), kept);
        var hashOf = written.ToDictionary(w => (w.Brief.StoryId, w.Brief.FrontMatter.Language), w => w.Hash);
        // Where the old versions were shown (a tag dropped, a day changed) and where the new ones are: the pages to refresh.
        var changedStories = pruned.Select(b => b.StoryId).Concat(removed.Select(r => r.StoryId)).ToHashSet(StringComparer.Ordinal);
        var before = store.Briefs.Places(changedStories);
        store.Briefs.Apply(pruned.Select(b => (b, (string?)hashOf[(b.StoryId, b.FrontMatter.Language)])).ToList(), removed);
        var gone = before.Where(p => removed.Contains((p.StoryId, p.Language))).ToList();
        return (pruned, kept.Count, [.. before, .. store.Briefs.Places(pruned.Select(b => b.StoryId))], gone);
    }
}
