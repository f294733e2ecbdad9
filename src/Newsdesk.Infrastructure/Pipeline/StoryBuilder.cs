using Newsdesk.Core.Brief;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>Analyze, Cluster and Brief over the stored articles; each stage's result saved in one transaction.</summary>
public sealed class StoryBuilder(NewsStore store, SiteSettings site, ClusterOptions? clusterOptions = null)
{
    private readonly ClusterOptions _options = clusterOptions ?? new ClusterOptions();

    public BuildReport Run(IProgress<PipelineProgress>? progress)
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
        var clustered = new StoryClusterer(_options).Cluster(analyses);
        var (stories, threads) = new ThreadLinker(_options).Link(clustered, byId);
        store.Stories.Replace(stories, threads);
        progress?.Report(new PipelineProgress("Clustering", 1, 1));

        var briefs = WriteBriefs(stories, threads, byId, progress);
        store.Briefs.Replace(briefs);
        return new BuildReport(articles.Count, stories.Count, threads.Count, briefs.Count);
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

    private List<StoryBrief> WriteBriefs(IReadOnlyList<Story> stories, IReadOnlyList<StoryThread> threads, Dictionary<long, ArticleAnalysis> byId, IProgress<PipelineProgress>? progress)
    {
        var links = BriefPlanner.Plan(stories, byId);
        var threadOf = threads.SelectMany(t => t.StoryIds.Select(s => (s, t))).ToDictionary(x => x.s, x => x.t);
        var newest = stories.Count == 0 ? DateTimeOffset.UnixEpoch : stories.Max(s => s.Updated);
        var options = new SiteOptions(site.Publisher, site.BaseUrl);
        var briefs = new List<StoryBrief>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var slugs = links.Where(l => l.Value.ContainsKey(story.Id)).ToDictionary(l => l.Key, l => l.Value[story.Id].Slug);
            foreach (var language in slugs.Keys.Order(StringComparer.Ordinal))
            {
                briefs.Add(ExtractiveBriefWriter.Write(new BriefContext
                {
                    Story = story,
                    Thread = threadOf[story.Id],
                    Language = language,
                    Articles = story.SourceIds.Select(id => byId[id]).ToList(),
                    Links = links[language],
                    Slugs = slugs,
                    Site = options,
                    Newest = newest,
                }));
            }

            progress?.Report(new PipelineProgress("Writing briefs", i + 1, stories.Count));
        }

        return briefs;
    }
}
