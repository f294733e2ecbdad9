using Newsdesk.Core.Cluster;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Cluster;

public class CollectionStatisticsTests
{
    [Fact]
    public void A_word_every_article_shares_keeps_full_weight_in_a_pair_but_counts_for_little_in_a_large_collection()
    {
        var reports = Enumerable.Range(0, 200).Select(i => Fixtures.Analyze(100 + i, "site", "en", "2026-06-22T08:00:00Z",
            $"Ferry report {i}", $"The ferry number {i} sailed on time.")).ToList();
        var pair = new CollectionStatistics(reports.Take(2).ToList());
        var large = new CollectionStatistics(reports);
        var ferry = TermNormalizer.Terms("ferry", "en").Single();

        // log((1 + N) / (1 + N)) is 0 for a word in every article; only the floor is left.
        Assert.Equal(1.0, pair.Idf(ferry), 3);
        Assert.Equal(0.525, large.Idf(ferry), 3);
        Assert.True(large.Idf("never-seen") < pair.Idf("never-seen"));
    }
}
