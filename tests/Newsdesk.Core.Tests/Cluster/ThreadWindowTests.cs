using Newsdesk.Core.Cluster;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Tests.Cluster;

public class ThreadWindowTests
{
    [Fact]
    public void A_brief_timeline_shows_three_stories_each_side_and_a_story_added_at_the_end_touches_only_the_last_four()
    {
        var ids = Enumerable.Range(1, 20).Select(i => $"s{i}").ToList();
        var thread = new StoryThread("t1", ids);
        var open = new OpenThread("t1", [.. ids], [], [], DateTimeOffset.UnixEpoch);
        open.StoryIds.Add("s21");
        open.Added.Add("s21");

        Assert.Equal(["s7", "s8", "s9", "s10", "s11", "s12", "s13"], thread.Around("s10"));
        Assert.Equal(["s1", "s2", "s3", "s4"], thread.Around("s1"));
        Assert.Empty(thread.Around("s99"));
        Assert.Equal(["s18", "s19", "s20", "s21"], open.AffectedByAdditions());
    }
}
