using System.Net;
using System.Text;
using Newsdesk.Core.Ingest;

namespace Newsdesk.Web.Tests.Endpoints;

public class ReaderPagesTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task A_story_in_the_middle_of_its_thread_offers_previous_before_next()
    {
        var html = await site.GetStringAsync("/en/2026-06-23-port-avalen-s-old-quay-under-water-after/");
        var previous = html.IndexOf("id=\"previous-in-thread\"", StringComparison.Ordinal);
        var next = html.IndexOf("id=\"next-in-thread\"", StringComparison.Ordinal);

        Assert.True(previous >= 0 && next >= 0, "both links");
        Assert.True(previous < next, "previous comes first");
    }

    [Fact]
    public async Task A_thread_page_is_named_after_its_first_story_says_how_long_it_ran_and_where_it_stands_and_lists_each_story_once()
    {
        var story = await site.GetStringAsync("/en/2026-06-23-port-avalen-s-old-quay-under-water-after/");
        var thread = System.Text.RegularExpressions.Regex.Match(story, "href=\"(/threads/[^\"]+/)\"").Groups[1].Value;
        var latest = await site.GetStringAsync("/en/2026-06-25-port-avalen-council-approves-48-million-flood-relief/");
        var latestTlDr = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(latest, "<section id=\"tl-dr\">.*?<p>([^<]+)<a ", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value.Trim());

        var html = await site.GetStringAsync(thread);

        Assert.Contains("<h1>River Selde: Meteo Nord raises highest flood alert for Port Avalen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">Thread · 3 stories, 2026-06-22 – 2026-06-25</p>", html, StringComparison.Ordinal);
        // The one-line summary is where the thread stands: its newest story's TL;DR.
        Assert.NotEmpty(latestTlDr);
        Assert.Contains($"<strong>Latest:</strong> {System.Net.WebUtility.HtmlEncode(latestTlDr)}", html, StringComparison.Ordinal);
        // Three stories, each listed once in English, the German brief linked beside it.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<li lang=\"en\">").Count);
        Assert.DoesNotContain("<li lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "class=\"translation\" hreflang=\"de\"").Count);
    }

    [Fact]
    public async Task Every_citation_links_to_its_source_entry()
    {
        var html = await site.GetStringAsync("/en/2026-06-23-port-avalen-s-old-quay-under-water-after/");
        var cited = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"#source-(\\d+)\">\\[(\\d+)\\]</a>").ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.Equal(c.Groups[1].Value, c.Groups[2].Value));
        Assert.All(cited.Select(c => c.Groups[1].Value).Distinct(), n => Assert.Contains($"<li id=\"source-{n}\">", html, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"</a>\.?\s*\[\d+\]", html); // no citation left as plain text after a link
    }

    [Fact]
    public async Task Sources_page_shows_every_feed_with_its_health()
    {
        var html = await site.GetStringAsync("/sources/");

        Assert.Equal(7, html.Split("<tr class=\"ok\">").Length - 1);
        Assert.Contains("Rheinblick Zeitung", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_opens_on_the_newest_day_and_links_the_others()
    {
        var html = await site.GetStringAsync("/digest/");

        Assert.Contains("<strong>2026-06-26</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/digest/2026-06-22/\"", html, StringComparison.Ordinal);
        Assert.Contains("Coastal Cup", html, StringComparison.Ordinal);
        using var missing = await site.GetAsync("/digest/1999-01-01/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Tag_and_category_pages_list_the_briefs_that_carry_them()
    {
        var tags = await site.GetStringAsync("/tags/");
        Assert.Contains("href=\"/tags/river-selde/\"", tags, StringComparison.Ordinal);

        var tag = await site.GetStringAsync("/tags/river-selde/");
        Assert.True(tag.Split("<li class=\"story\" ").Length - 1 >= 2);

        var category = await site.GetStringAsync("/categories/environment/");
        Assert.Contains("Selde", category, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_highlights_matches_in_snippets()
    {
        var html = await site.GetStringAsync("/search?q=Halvard");

        Assert.Contains("<mark>halvard</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing found.", await site.GetStringAsync("/search?q=zzzqqq"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.xml", "rss2.0")]
    [InlineData("/atom.xml", "atom1.0")]
    [InlineData("/feed.json", "json1.1")]
    [InlineData("/categories/environment/feed.xml", "rss2.0")]
    [InlineData("/categories/environment/atom.xml", "atom1.0")]
    [InlineData("/categories/environment/feed.json", "json1.1")]
    public async Task Brief_feeds_parse_and_link_to_the_story_pages(string path, string format)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(await site.GetStringAsync(path)), new Uri(site.ReaderUrl, path));

        Assert.Equal(format, feed.Format);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Matches("/(en|de)/2026-06-2[2-6]-[a-z0-9-]+/$", i.Link));
    }

    [Fact]
    public async Task Key_term_popover_names_the_central_term_and_other_stories_sharing_it()
    {
        // The slug follows the headline the brief engine writes, so it is looked up, not spelled out.
        var list = await site.GetStringAsync("/");
        var path = System.Text.RegularExpressions.Regex.Match(list, "href=\"(/en/2026-06-25-korvan-robotics[^\"]*/)\"").Groups[1].Value;
        Assert.NotEmpty(path);
        var html = await site.GetStringAsync(path);

        Assert.Contains("<details class=\"key-term\" id=\"key-term\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"popover\" role=\"note\"><p><strong>", html, StringComparison.Ordinal);
    }
}
