using Newsdesk.Core.Ingest;

namespace Newsdesk.Core.Tests.Ingest;

public class PoliteFetchingTests
{
    private const string Robots = """
        # comments are ignored
        User-agent: OtherBot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Disallow: /*.pdf$

        User-agent: Newsdesk
        User-agent: SomethingElse
        Disallow: /drafts/
        """;

    [Theory]
    [InlineData("/drafts/x.html", false)]
    [InlineData("/private/x.html", true)]
    [InlineData("/news/a.html", true)]
    public void Our_own_group_wins_over_the_wildcard(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "Newsdesk").IsAllowed(path));

    [Theory]
    [InlineData("/private/x.html", false)]
    [InlineData("/private/open/y.html", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/", true)]
    public void Longest_match_decides_for_the_wildcard_group(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "AnotherReader").IsAllowed(path));

    [Fact]
    public void An_empty_robots_txt_allows_everything() => Assert.True(RobotsRules.Parse("", "Newsdesk").IsAllowed("/anything"));

    [Fact]
    public void An_hourly_feed_is_polled_every_half_hour_and_a_weekly_one_at_most_daily()
    {
        var now = DateTimeOffset.UnixEpoch.AddYears(56);
        var hourly = Enumerable.Range(0, 10).Select(i => now.AddHours(-i));
        var weekly = Enumerable.Range(0, 5).Select(i => now.AddDays(-7 * i));

        Assert.Equal(TimeSpan.FromMinutes(30), PollSchedule.AfterSuccess(TimeSpan.FromMinutes(30), hourly, null));
        Assert.Equal(PollSchedule.Maximum, PollSchedule.AfterSuccess(TimeSpan.FromMinutes(30), weekly, null));
        Assert.Equal(TimeSpan.FromMinutes(30), PollSchedule.AfterSuccess(TimeSpan.FromMinutes(30), [], null));
        Assert.Equal(TimeSpan.FromHours(2), PollSchedule.AfterSuccess(TimeSpan.FromMinutes(30), hourly, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Failures_back_off_exponentially_and_honour_retry_after()
    {
        var poll = TimeSpan.FromMinutes(30);

        Assert.Equal(TimeSpan.FromMinutes(30), PollSchedule.AfterFailure(poll, 1, null));
        Assert.Equal(TimeSpan.FromMinutes(120), PollSchedule.AfterFailure(poll, 3, null));
        Assert.Equal(PollSchedule.Maximum, PollSchedule.AfterFailure(poll, 12, null));
        Assert.Equal(TimeSpan.FromHours(3), PollSchedule.AfterFailure(poll, 1, TimeSpan.FromHours(3)));
    }
}
