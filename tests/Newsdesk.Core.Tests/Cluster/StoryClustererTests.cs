using Newsdesk.Core.Cluster;

namespace Newsdesk.Core.Tests.Cluster;

public class StoryClustererTests
{
    private static readonly ClusterOptions Options = new();

    [Fact]
    public void English_and_german_reports_of_one_event_form_one_story_and_other_events_stay_apart()
    {
        var articles = Fixtures.FerryStory().Append(Fixtures.UnrelatedConcert()).ToList();
        var stories = new StoryClusterer(Options).Cluster(articles);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual([1L, 2, 3]));
        Assert.Contains(stories, s => s.ArticleIds.SequenceEqual([4L]));
    }

    [Fact]
    public void Story_ids_are_deterministic_and_stay_as_a_story_grows()
    {
        var articles = Fixtures.FerryStory();
        var early = new StoryClusterer(Options).Cluster(articles.Take(2).ToList()).Single().Id;
        var grown = new StoryClusterer(Options).Cluster(articles).Single().Id;
        var again = new StoryClusterer(Options).Cluster(articles).Single().Id;

        Assert.Equal(early, grown);
        Assert.Equal(grown, again);
    }

    [Fact]
    public void A_german_report_arriving_first_still_gathers_the_english_ones()
    {
        var stories = new StoryClusterer(Options).Cluster(Fixtures.FerryStory().Reverse().ToList());
        Assert.Equal([1L, 2, 3], Assert.Single(stories).ArticleIds.Order());
    }

    [Fact]
    public void A_follow_up_days_later_is_a_new_story_in_the_same_thread()
    {
        var articles = Fixtures.FerryStory().Append(Fixtures.FerryFollowUp()).Append(Fixtures.UnrelatedConcert()).ToList();
        var stories = new StoryClusterer(Options).Cluster(articles);
        var (linked, threads) = new ThreadLinker(Options).Link(stories, articles.ToDictionary(a => a.Article.Id));

        Assert.Equal(3, linked.Count);
        var ferryThread = Assert.Single(threads, t => t.StoryIds.Count == 2);
        var first = linked.Single(s => s.ArticleIds.Contains(1));
        var followUp = linked.Single(s => s.ArticleIds.Contains(5));
        Assert.Equal([first.Id, followUp.Id], ferryThread.StoryIds);
        Assert.Equal(followUp.Id, ferryThread.Next(first.Id));
        Assert.Equal(first.Id, ferryThread.Previous(followUp.Id));
        Assert.Null(ferryThread.Next(followUp.Id));
    }
}
