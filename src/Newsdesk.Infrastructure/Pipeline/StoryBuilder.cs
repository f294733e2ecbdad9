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
/// Analyze, Cluster and Brief over the stored articles; each stage's result saved in one transaction. With a model
/// engine, briefs are rewritten by the model (the extractive brief stays where it fails) and single-language stories
/// get the other language's brief.
/// </summary>
public sealed class StoryBuilder(NewsStore store, SiteSettings site, ClusterOptions? clusterOptions = null, LlmBriefEngine? llm = null)
{
    private readonly ClusterOptions _options = clusterOptions ?? new ClusterOptions();

    public async Task<BuildReport> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var articles = store.Articles.All();
        var languages = articles.ToDictionary(a => a.Id, TextAnalyzer.LanguageOf);
        var background = CountBackground(articles, languages);
        var analyses = new List<ArticleAnalysis>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var language = languages[articles[i].Id];
            analyses.Add(TextAnalyzer.Analyze(articles[i], background[language], language));
            progress?.Report(new PipelineProgress("Analyzing", i + 1, articles.Count, articles[i].Title));
        }

        var byId = analyses.ToDictionary(a => a.Article.Id);
        progress?.Report(new PipelineProgress("Clustering", 0, 1));
        // Placed in date order (then store order), so the stories do not depend on which feed happened to be read first.
        var inDateOrder = analyses.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Article.Id).ToList();
        var clustered = new StoryClusterer(_options).Cluster(inDateOrder);
        var (stories, threads) = new ThreadLinker(_options).Link(clustered, byId);
        store.Stories.Replace(stories, threads);
        progress?.Report(new PipelineProgress("Clustering", 1, 1));

        var briefs = await WriteBriefsAsync(stories, threads, byId, progress, cancellationToken);
        store.Briefs.Replace(briefs);
        return new BuildReport(articles.Count, stories.Count, threads.Count, briefs.Count, llm?.Tally);
    }

    /// <summary>Adds the articles not yet counted to the store's document-frequency table, then reads each language's
    /// table back: key terms are weighed against everything this store has seen.</summary>
    private Dictionary<string, BackgroundFrequencies> CountBackground(IReadOnlyList<Article> articles, Dictionary<long, string> languages)
    {
        var counted = store.TermFrequencies.CountedArticleIds();
        store.TermFrequencies.Add(articles.Where(a => !counted.Contains(a.Id))
            .Select(a => (a.Id, languages[a.Id], TextAnalyzer.BackgroundStems(a, languages[a.Id]))));
        return languages.Values.Distinct(StringComparer.Ordinal).ToDictionary(l => l, store.TermFrequencies.Load, StringComparer.Ordinal);
    }

    private async Task<List<StoryBrief>> WriteBriefsAsync(IReadOnlyList<Story> stories, IReadOnlyList<StoryThread> threads, Dictionary<long, ArticleAnalysis> byId,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var links = BriefPlanner.Plan(stories, byId, llm?.Translates ?? false);
        var threadOf = threads.SelectMany(t => t.StoryIds.Select(s => (s, t))).ToDictionary(x => x.s, x => x.t);
        var newest = stories.Count == 0 ? DateTimeOffset.UnixEpoch : stories.Max(s => s.Updated);
        var options = new SiteOptions(site.Publisher, site.BaseUrl);
        var briefs = new List<StoryBrief>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var slugs = links.Where(l => l.Value.ContainsKey(story.Id)).ToDictionary(l => l.Key, l => l.Value[story.Id].Slug);
            var articles = story.SourceIds.Select(id => byId[id]).ToList();
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

            var written = new List<StoryBrief>();
            foreach (var language in native)
            {
                var context = Context(language);
                var (extractive, evidence) = ExtractiveBriefWriter.Draft(context, llm is null ? 0 : BriefPrompt.EvidenceSentences);
                written.Add(llm is null ? extractive : await llm.WriteAsync(context, extractive, evidence, cancellationToken));
            }

            foreach (var language in slugs.Keys.Except(native).Order(StringComparer.Ordinal))
            {
                if (llm is not null && await llm.TranslateAsync(written[0], ExtractiveBriefWriter.Write(Context(language)), cancellationToken) is { } translated)
                {
                    written.Add(translated);
                }
            }

            briefs.AddRange(written);
            progress?.Report(new PipelineProgress(llm is null ? "Writing briefs" : "Writing briefs (model)", i + 1, stories.Count));
        }

        // Links to planned translations that did not come are removed.
        return BriefLinks.Prune(briefs);
    }
}
