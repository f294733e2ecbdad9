using System.Net;
using System.Text.Json;

namespace Newsdesk.Web.Tests.Endpoints;

/// <summary>The JSON API against the demo's store over real HTTP: paging, filters, ids that resolve, problems, OpenAPI.</summary>
public class ApiTests(DemoSite site) : IClassFixture<DemoSite>
{
    private async Task<JsonElement> Get(string path)
    {
        using var response = await site.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Stories_come_a_page_at_a_time_with_the_total()
    {
        var all = await Get("/api/stories?limit=100");
        var second = await Get("/api/stories?limit=5&page=2");

        var total = all.GetProperty("total").GetInt32();
        Assert.Equal(22, total);
        Assert.Equal(total, all.GetProperty("stories").GetArrayLength());
        Assert.Equal((2, 5, total), (second.GetProperty("page").GetInt32(), second.GetProperty("limit").GetInt32(), second.GetProperty("total").GetInt32()));
        Assert.Equal(
            all.GetProperty("stories").EnumerateArray().Skip(5).Take(5).Select(s => s.GetProperty("slug").GetString()),
            second.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("lang=de", "language", "de")]
    [InlineData("category=environment", "category", "environment")]
    [InlineData("featured=true", "featured", "True")]
    public async Task A_filter_keeps_only_the_stories_it_names(string filter, string property, string value)
    {
        var stories = (await Get($"/api/stories?limit=100&{filter}")).GetProperty("stories").EnumerateArray().ToList();

        Assert.NotEmpty(stories);
        Assert.All(stories, s => Assert.Equal(value, s.GetProperty(property).ToString()));
    }

    [Fact]
    public async Task Tag_and_since_filters_narrow_the_list()
    {
        var tagged = (await Get("/api/stories?limit=100&tag=river-selde")).GetProperty("stories").EnumerateArray().ToList();
        var since = (await Get("/api/stories?limit=100&since=2026-06-25")).GetProperty("stories").EnumerateArray().ToList();

        Assert.NotEmpty(tagged);
        Assert.All(tagged, s => Assert.Contains("river-selde", s.GetProperty("tags").EnumerateArray().Select(t => t.GetString())));
        Assert.NotEmpty(since);
        Assert.All(since, s => Assert.True(string.CompareOrdinal(s.GetProperty("date").GetString(), "2026-06-25") >= 0));
    }

    [Fact]
    public async Task Every_story_a_thread_names_resolves_to_its_brief()
    {
        var story = (await Get("/api/stories?lang=en&limit=100")).GetProperty("stories").EnumerateArray().First(s => s.GetProperty("slug").GetString()!.Contains("old-quay", StringComparison.Ordinal));
        var thread = await Get($"/api/threads/{story.GetProperty("thread").GetString()}");

        var stories = thread.GetProperty("stories").EnumerateArray().ToList();
        Assert.True(stories.Count >= 3);
        foreach (var entry in stories)
        {
            var brief = await Get(entry.GetProperty("href").GetString()!);
            Assert.Equal(entry.GetProperty("id").GetString(), brief.GetProperty("storyId").GetString());
            Assert.Equal(entry.GetProperty("language").GetString(), brief.GetProperty("frontMatter").GetProperty("language").GetString());
        }

        // A list's id and its slug reach the same brief.
        var byId = await Get($"/api/stories/{story.GetProperty("id").GetString()}");
        var bySlug = await Get($"/api/stories/{story.GetProperty("slug").GetString()}");
        Assert.Equal(byId.GetProperty("storyId").GetString(), bySlug.GetProperty("storyId").GetString());
    }

    [Theory]
    [InlineData("/api/stories?page=abc")]
    [InlineData("/api/stories?page=0")]
    [InlineData("/api/stories?limit=1000")]
    [InlineData("/api/stories?since=yesterday")]
    [InlineData("/api/stories?lang=fr")]
    public async Task A_bad_parameter_is_a_problem_with_a_reason(string path)
    {
        using var response = await site.GetAsync(path);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await Get("/api/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/threads/{id}", "/api/search" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not documented");
        }
    }
}
