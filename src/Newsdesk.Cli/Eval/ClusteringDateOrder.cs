using Newsdesk.Core.Cluster;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// A dated set clustered as the product places articles: in publication date order (ties in the shuffled order), with
/// the product's windows (<see cref="ClusterOptions.Product"/>), then the stories linked into threads. A gold event that runs over days is, by design, several stories of one
/// thread, so its stories score low against it and its threads are the fair measure; the tuned baseline is given the
/// same order.
/// </summary>
internal static class ClusteringDateOrder
{
    public static Result? Measure(ClusteringDataset dataset, int seed)
    {
        if (dataset.Documents.Count(d => d.Article.Published is not null) * 2 <= dataset.Documents.Count)
        {
            return null;
        }

        var random = new Random(seed);
        var ordered = dataset.Documents.OrderBy(_ => random.Next()).ToList().OrderBy(d => d.Article.Published ?? DateTimeOffset.MaxValue).ToList();
        var gold = ordered.ToDictionary(d => d.Article.Url, d => d.Story);
        var analyses = ordered.Select(d => TextAnalyzer.Analyze(d.Article)).ToList();
        var options = ClusterOptions.Product;
        var stories = new StoryClusterer(options).Cluster(analyses);
        var (_, threads) = new ThreadLinker(options).Link(stories, analyses.ToDictionary(a => a.Article.Id));

        var url = analyses.ToDictionary(a => a.Article.Id, a => a.Article.Url);
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(id => (Url: url[id], s.Id))).ToDictionary(x => x.Url, x => x.Id);
        var articlesOf = stories.ToDictionary(s => s.Id, s => s.ArticleIds, StringComparer.Ordinal);
        var threadOf = threads.SelectMany(t => t.StoryIds.SelectMany(s => articlesOf[s]).Select(id => (Url: url[id], t.Id))).ToDictionary(x => x.Url, x => x.Id);

        var baseline = Enumerable.Range(1, 19).Select(i => i * 0.05)
            .Select(t => (Threshold: t, Score: ClusteringScorer.Score(gold, TfIdfBaseline.Cluster(analyses, t)
                .Select((c, i) => (analyses[i].Article.Url, Cluster: c.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(x => x.Url, x => x.Cluster))))
            .MaxBy(x => x.Score.BCubedF1);
        return new Result(ClusteringScorer.Score(gold, storyOf), ClusteringScorer.Score(gold, threadOf), baseline.Threshold, baseline.Score);
    }

    public sealed record Result(ClusteringScore Stories, ClusteringScore Threads, double BaselineThreshold, ClusteringScore Baseline);
}
