using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Newsdesk.Web.Tests.Endpoints;

/// <summary>The demo's living story over real HTTP: the brief's second version leads with the pay deal and says what is
/// new first; its versions are on a history page and in the API; the feeds carry it as an updated entry.</summary>
public class LivingStoryTests(LivingDemoSite site) : IClassFixture<LivingDemoSite>
{
    private const string EnglishSlug = "2026-06-24-tram-strike-halts-neustedt-as-transver-demands-8";
    private const string GermanSlug = "2026-06-24-warnstreik-legt-strassenbahnen-in-neustedt-lahm";

    [Theory]
    [InlineData("en", EnglishSlug, "What's new · 2026-06-24 18:45 UTC", "5 percent more pay over 18 months")]
    [InlineData("de", GermanSlug, "Was ist neu · 2026-06-24 18:45 UTC", "5 Prozent mehr Lohn über 18 Monate")]
    public async Task The_story_page_shows_whats_new_first_then_the_development_as_its_lead(string language, string slug, string heading, string figures)
    {
        var page = await site.GetStringAsync($"/{language}/{slug}/");

        var whatsNew = page.IndexOf("id=\"whats-new\"", StringComparison.Ordinal);
        var tldr = page.IndexOf("id=\"tl-dr\"", StringComparison.Ordinal);
        Assert.InRange(whatsNew, 0, tldr);
        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.Contains(figures, page[whatsNew..tldr], StringComparison.Ordinal);
        Assert.Contains(language == "de" ? "geeinigt" : "agreed a pay deal", page[tldr..], StringComparison.Ordinal);
        Assert.Contains($"/{language}/{slug}/history/", page, StringComparison.Ordinal);
        // Superseded: the talks on 2 July are called off, not due.
        Assert.DoesNotContain(language == "de" ? "ist für den 2. Juli angesetzt" : "Talks are due to resume on 2 July", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_that_developed_from_an_earlier_one_says_which_it_follows_and_the_earlier_one_links_on()
    {
        const string earlier = "/en/2026-06-22-river-selde-meteo-nord-raises-highest-flood-alert/";
        var first = await site.GetStringAsync(earlier);
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/en/2026-06-23-[^\"]+)\" id=\"next-in-thread\"").Groups[1].Value;
        Assert.NotEmpty(next);

        var later = await site.GetStringAsync(next);

        Assert.Contains("id=\"follows\">Follows: <a href=\"" + earlier + "\">", later, StringComparison.Ordinal);
        Assert.Contains("River Selde: Meteo Nord raises highest flood alert", later[later.IndexOf("id=\"follows\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"follows\"", first, StringComparison.Ordinal); // the thread's first story follows nothing
    }

    [Fact]
    public async Task The_history_page_lists_both_versions_with_what_the_second_added_and_dropped()
    {
        var history = await site.GetStringAsync($"/en/{EnglishSlug}/history/");

        Assert.Contains("id=\"version-1\"", history, StringComparison.Ordinal);
        Assert.Contains("id=\"version-2\"", history, StringComparison.Ordinal);
        Assert.True(history.IndexOf("id=\"version-2\"", StringComparison.Ordinal) < history.IndexOf("id=\"version-1\"", StringComparison.Ordinal), "newest first");
        Assert.Contains("Tram strike halts Neustedt", history, StringComparison.Ordinal);
        Assert.Contains("Neustedt trams to run again", history, StringComparison.Ordinal);
        Assert.Contains("1,000 euros", history, StringComparison.Ordinal); // added
        Assert.Contains("class=\"dropped\"", history, StringComparison.Ordinal);
        // A story's first version has no history page.
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/en/2026-06-24-brightwater-observatory-discovers-new-comet-named-comet-halvard/history/")).StatusCode);
    }

    [Fact]
    public async Task The_api_lists_the_versions_of_a_story()
    {
        using var response = await site.GetAsync($"/api/stories/{EnglishSlug}/versions?lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("current").GetInt32());
        var versions = root.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Empty(versions[0].GetProperty("added").EnumerateArray());
        Assert.Contains(versions[1].GetProperty("added").EnumerateArray(), a => a.GetString()!.Contains("18 months", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/api/stories/no-such-story/versions")).StatusCode);
    }

    [Fact]
    public async Task The_feeds_carry_the_updated_brief_under_its_id_with_whats_new_first()
    {
        var atom = XDocument.Parse(await site.GetStringAsync("/atom.xml"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = atom.Descendants(a + "entry").Single(e => e.Element(a + "id")!.Value.EndsWith($"/en/{EnglishSlug}/", StringComparison.Ordinal));

        Assert.Equal("2026-06-24T18:45:00Z", entry.Element(a + "updated")!.Value);
        var content = entry.Element(a + "content")!.Value;
        Assert.StartsWith("<h2", content.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("What's new", content[..200], StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await site.GetStringAsync("/feed.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString()!.EndsWith($"/en/{EnglishSlug}/", StringComparison.Ordinal));
        Assert.Equal("2026-06-24T18:45:00Z", item.GetProperty("date_modified").GetString());
    }
}
