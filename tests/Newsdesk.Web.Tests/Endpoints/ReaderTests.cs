using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Newsdesk.Web.Tests.Endpoints;

public partial class ReaderTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Story_list_answers_with_a_strict_content_security_policy()
    {
        using var response = await site.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        // The demo's 11 stories, each once (every one has an English brief), none twice in two languages.
        var links = StoryLink().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(11, links.Count);
        Assert.Equal(links.Count, links.Distinct(StringComparer.Ordinal).Count());
        // One same-origin script file, nothing inline (the CSP would block it anyway).
        Assert.Equal(["<script src=\"/assets/reader.js\" defer></script>"], ScriptTag().Matches(html).Select(m => m.Value));
    }

    [Fact]
    public async Task Next_story_in_the_thread_can_be_followed_twice()
    {
        // The Selde flood thread: warning (22 June) → flooding (23 June) → relief fund (25 June).
        using var list = await site.GetAsync("/en/");
        var first = StoryLink().Matches(await list.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).Single(p => p.Contains("meteo-nord", StringComparison.Ordinal));

        var page = await (await site.GetAsync(first)).Content.ReadAsStringAsync();
        var second = NextLink().Match(page).Groups[1].Value;
        var secondPage = await (await site.GetAsync(second)).Content.ReadAsStringAsync();
        var third = NextLink().Match(secondPage).Groups[1].Value;
        using var thirdResponse = await site.GetAsync(third);
        var thirdPage = await thirdResponse.Content.ReadAsStringAsync();

        Assert.Contains("2026-06-23", second, StringComparison.Ordinal);
        Assert.Contains("2026-06-25", third, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, thirdResponse.StatusCode);
        Assert.Contains("relief", thirdPage, StringComparison.OrdinalIgnoreCase);
        Assert.False(NextLink().IsMatch(thirdPage), "the last story of a thread has no next link");
    }

    [Fact]
    public async Task Story_pages_offer_summary_key_term_and_translation()
    {
        using var list = await site.GetAsync("/en/");
        var path = StoryLink().Matches(await list.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).First(p => p.Contains("comet", StringComparison.Ordinal));
        var page = await (await site.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("id=\"goto-summary\"", page, StringComparison.Ordinal);
        Assert.Contains("<section id=\"summary\">", page, StringComparison.Ordinal);
        Assert.Contains("<section id=\"key-terms\">", page, StringComparison.Ordinal);
        var translation = TranslationLink().Match(page).Groups[1].Value;
        using var german = await site.GetAsync(translation);
        Assert.Equal(HttpStatusCode.OK, german.StatusCode);
        Assert.Contains("lang=\"de\"", await german.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_are_404()
    {
        using var story = await site.GetAsync("/en/no-such-story/");
        using var thread = await site.GetAsync("/threads/nope/");
        Assert.Equal(HttpStatusCode.NotFound, story.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, thread.StatusCode);
    }

    [Fact]
    public async Task Json_api_lists_stories_and_searches_briefs()
    {
        using var stories = JsonDocument.Parse(await (await site.GetAsync("/api/stories?lang=de")).Content.ReadAsStringAsync());
        using var search = JsonDocument.Parse(await (await site.GetAsync("/api/search?q=Halvard")).Content.ReadAsStringAsync());

        var list = stories.RootElement.GetProperty("stories");
        Assert.True(list.GetArrayLength() >= 8);
        Assert.All(list.EnumerateArray(), s => Assert.Equal("de", s.GetProperty("language").GetString()));
        Assert.Contains(search.RootElement.EnumerateArray(), s => s.GetProperty("title").GetString()!.Contains("Halvard", StringComparison.Ordinal));
        var slug = list[0].GetProperty("slug").GetString();
        using var one = await site.GetAsync($"/api/stories/{slug}?lang=de");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
    }

    [Fact]
    public async Task Thread_page_lists_its_stories_in_time_order()
    {
        using var list = await site.GetAsync("/en/2026-06-22-river-selde-meteo-nord-raises-highest-flood-alert/");
        var page = await list.Content.ReadAsStringAsync();
        var threadPath = ThreadLink().Match(page).Groups[1].Value;
        var threadPage = await (await site.GetAsync(threadPath)).Content.ReadAsStringAsync();
        var dates = DateMeta().Matches(threadPage).Select(m => m.Groups[1].Value).ToList();

        Assert.True(dates.Count >= 3);
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToList(), dates);
    }

    [GeneratedRegex("<script[^>]*>[^<]*</script>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<h2><a href=\"(/(?:en|de)/[^\"]+/)\">")]
    private static partial Regex StoryLink();

    [GeneratedRegex("href=\"([^\"]+)\" id=\"next-in-thread\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("href=\"([^\"]+)\" hreflang=\"de\"")]
    private static partial Regex TranslationLink();

    [GeneratedRegex("href=\"(/threads/[^\"]+/)\"")]
    private static partial Regex ThreadLink();

    [GeneratedRegex("<div class=\"meta\">(\\d{4}-\\d{2}-\\d{2})")]
    private static partial Regex DateMeta();
}
