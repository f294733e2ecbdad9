using Newsdesk.Core.Cluster;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// A dated set clustered as the product places articles: in publication date order (ties in the shuffled order), with
/// the product's windows (<see cref="ClusterOptions.Product"/>), then the stories linked into threads. A gold event
/// that runs over days is, by design, several stories of one thread, so its stories score low against it and its
/// threads are the fair measure; the tuned baseline is given the same order.
/// </summary>
internal static class ClusteringDateOrder
{
    public static Result? Measure(ClusteringDataset dataset, int seed)
    {
        if (dataset.Documents.Count(d => d.Article.Published is not null) * 2 <= dataset.Documents.Count)
        {
            return null;
        }

        var ordered = ClusteringEval.Shuffled(dataset, seed).OrderBy(d => d.Article.Published ?? DateTimeOffset.MaxValue).ToList();
        var gold = ordered.ToDictionary(d => d.Article.Url, d => d.Story);
        var analyses = ordered.Select(d => TextAnalyzer.Analyze(d.Article)).ToList();
        var options = ClusterOptions.Product;
        var stories = new StoryClusterer(options).Cluster(analyses);
        var (_, threads) = new ThreadLinker(options).Link(stories, analyses.ToDictionary(a => a.Article.Id));

        var articlesOf = stories.ToDictionary(s => s.Id, s => s.ArticleIds, StringComparer.Ordinal);
        var storyOf = ClusteringEval.ClusterOf(stories, analyses);
        var threadOf = ClusteringEval.ClusterOf(threads.Select(t => (t.Id, t.StoryIds.SelectMany(s => articlesOf[s]))), analyses);
        var baseline = ClusteringEval.TunedBaseline(analyses, gold);
        return new Result(ClusteringScorer.Score(gold, storyOf), ClusteringScorer.Score(gold, threadOf), baseline.Threshold, baseline.Score);
    }

    public sealed record Result(ClusteringScore Stories, ClusteringScore Threads, double BaselineThreshold, ClusteringScore Baseline);
}
