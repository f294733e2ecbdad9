using Newsdesk.Core.Cluster;

namespace Newsdesk.Core.Tests.Cluster;

public class StoryIndexTests
{
    [Fact]
    public void A_lookup_counts_a_story_once_per_key_and_walks_only_the_most_recent_stories()
    {
        var postings = new StoryPostings(maxPerKey: 2);
        foreach (var story in new[] { 0, 1, 0, 2 })
        {
            postings.Add("en", "ferry", story);
        }

        postings.Add("en", "aurora", 0);
        var hits = new Dictionary<int, (double Score, int Lookup)>();
        postings.Collect("en", "ferry", 1, hits, lookup: 1);
        postings.Collect("en", "aurora", 0.5, hits, lookup: 2);
        postings.Collect("de", "ferry", 1, hits, lookup: 3);

        // "ferry" lists 0, 1, 0, 2: the two most recent are 2 and 0; story 1 is beyond the walk.
        Assert.Equal([0, 2], hits.Keys.Order());
        Assert.Equal(1.5, hits[0].Score);
        Assert.Equal(1.0, hits[2].Score);
    }

    [Fact]
    public void A_story_knows_the_hours_to_its_nearest_dated_article()
    {
        var draft = new StoryDraft();
        Assert.Null(draft.HoursToNearest(DateTimeOffset.Parse("2026-06-22T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (id, when) in new[] { (41L, "2026-06-22T18:00:00Z"), (42L, "2026-06-22T06:00:00Z"), (43L, "2026-06-23T06:00:00Z") })
        {
            var article = Fixtures.Analyze(id, "tribune", "en", when, "Ferry Aurora aground", "The ferry Aurora ran aground near Kestrel Island.");
            draft.Add(article, new TermVector([]), new TermVector([]));
        }

        Assert.Equal(2, draft.HoursToNearest(DateTimeOffset.Parse("2026-06-22T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0, draft.HoursToNearest(DateTimeOffset.Parse("2026-06-22T18:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(24, draft.HoursToNearest(DateTimeOffset.Parse("2026-06-24T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
