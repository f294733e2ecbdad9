using System.Net;
using System.Text.RegularExpressions;

namespace Newsdesk.Web.Tests.Endpoints;

/// <summary>Lists show each story once in the reader's language, chosen by the browser or the language switch.</summary>
public partial class ReaderLanguageTests(DemoSite site) : IClassFixture<DemoSite>
{
    // Cookies as each request sets them, not kept between requests: each test says which it sends.
    private static readonly HttpClient Client = new(new HttpClientHandler { UseCookies = false });

    private async Task<(HttpResponseMessage Response, string Html)> Get(string path, string? acceptLanguage = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.ReaderUrl, path));
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("de-DE,de;q=0.9,en;q=0.5", "de", "Aktuelle Meldungen")]
    [InlineData("fr-FR,de;q=0.8,en;q=0.7", "de", "Aktuelle Meldungen")]
    [InlineData("en-GB,en;q=0.9", "en", "Latest stories")]
    [InlineData("fr-FR", "en", "Latest stories")]
    public async Task The_front_page_is_in_the_language_the_browser_asks_for_each_story_once(string acceptLanguage, string language, string heading)
    {
        var (_, html) = await Get("/", acceptLanguage);
        var stories = StoryLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Equal(11, stories.Count);
        Assert.All(stories, s => Assert.Equal(language, s));
    }

    [Fact]
    public async Task A_german_page_is_german_throughout()
    {
        var (_, html) = await Get("/categories/environment/", "de");

        Assert.Contains("<h1>Umwelt</h1>", html, StringComparison.Ordinal);
        Assert.Contains("selbst betrieben", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">environment<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("self-hosted", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"badge\">en</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sources</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_german_reader_gets_the_thread_and_tags_pages_in_german()
    {
        var (_, story) = await Get("/de/2026-06-25-48-millionen-euro-soforthilfe-nach-dem-selde-hochwasser/");
        var thread = Regex.Match(story, "href=\"(/threads/[^\"]+/)\"").Groups[1].Value;

        var (_, threadPage) = await Get(thread, "de");
        var (_, tags) = await Get("/tags/", "de");

        Assert.Contains("<p class=\"meta\">Thread · 3 Meldungen,", threadPage, StringComparison.Ordinal);
        Assert.Contains("<strong>Zuletzt:</strong>", threadPage, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(threadPage, "<li lang=\"de\">").Count);
        Assert.Contains("<h1>Schlagworte</h1>", tags, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_german_story_page_names_its_category_in_german()
    {
        var (_, html) = await Get("/de/2026-06-24-warnstreik-legt-strassenbahnen-in-neustedt-lahm/");

        Assert.Contains(">Wirtschaft</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">business</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_is_remembered_for_the_other_lists()
    {
        var (response, _) = await Get("/de/", "en");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("lang=de;", cookie, StringComparison.Ordinal);

        var (_, home) = await Get("/", "en", "lang=de");
        var (_, featured) = await Get("/featured/", "en", "lang=de");

        Assert.Contains("<h1>Aktuelle Meldungen</h1>", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Top-Meldungen</h1>", featured, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Feed_items_link_where_the_reader_is_served_whatever_address_the_briefs_were_written_for()
    {
        // As `serve --urls http://127.0.0.1:5999` sets it once the reader listens (Site:BaseUrl not configured).
        site.Settings.Site.ServedAt = "http://127.0.0.1:5999";
        try
        {
            var (_, rss) = await Get("/feed.xml");
            var (_, json) = await Get("/feed.json");

            Assert.Contains("<link>http://127.0.0.1:5999/en/", rss, StringComparison.Ordinal);
            Assert.DoesNotContain("127.0.0.1:5080", rss, StringComparison.Ordinal);
            Assert.Contains("\"url\":\"http://127.0.0.1:5999/", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            site.Settings.Site.ServedAt = null;
        }
    }

    [GeneratedRegex("<h2><a href=\"/(en|de)/[^\"]+/\">")]
    private static partial Regex StoryLink();
}
