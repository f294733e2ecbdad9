using Newsdesk.Core.Eval;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Infrastructure.Tests.Eval;

public class ExtractionScorerPeerTests
{
    private const string Set = "extraction/scrapinghub";

    /// <summary>Published F1 of peer extractors on this set (the benchmark's own README figures).</summary>
    private static readonly Dictionary<string, double> Published = new()
    {
        ["rs_trafilatura"] = 0.970,
        ["trafilatura"] = 0.958,
        ["newspaper"] = 0.949,
        ["readability_js"] = 0.947,
        ["readability"] = 0.922,
    };

    [SharedDataFact(Set)]
    public void Our_scorer_reproduces_the_published_f1_of_peer_extractors()
    {
        var dataset = ExtractionDataset.Load(SharedData.Find(Set)!);
        var peers = dataset.Peers();
        var ids = dataset.Truth.Keys.ToList();

        Assert.Equal(181, ids.Count);
        foreach (var (name, published) in Published)
        {
            var score = ExtractionScorer.Score(ids.Select(id => ((string?)peers[name].GetValueOrDefault(id), (string?)dataset.Truth[id].Body)));
            Assert.True(Math.Abs(score.F1 - published) <= 0.002, $"{name}: measured {score.F1:F4}, published {published:F3}");
        }
    }
}
