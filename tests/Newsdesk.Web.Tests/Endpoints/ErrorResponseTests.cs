using System.Net;

namespace Newsdesk.Web.Tests.Endpoints;

/// <summary>Every error has a body a reader can act on, and every page answers HEAD.</summary>
public class ErrorResponseTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData("/search?q=police%00court")]
    [InlineData("/search?q=%00")]
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/search?q=Halvard%00%01")]
    public async Task Control_characters_in_a_search_are_taken_out_never_a_500(string path)
    {
        using var response = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (path.Contains("Halvard", StringComparison.Ordinal))
        {
            Assert.Contains("halvard", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/no-such-page/", HttpStatusCode.NotFound, "Page not found", "href=\"/\"")]
    [InlineData("/en/no-such-story/", HttpStatusCode.NotFound, "Page not found", "href=\"/\"")]
    [InlineData("/de/keine-solche-meldung/", HttpStatusCode.NotFound, "Seite nicht gefunden", "href=\"/de/\"")]
    [InlineData("/?page=abc", HttpStatusCode.BadRequest, "Bad request", "href=\"/\"")]
    public async Task An_error_page_says_what_went_wrong_and_leads_back(string path, HttpStatusCode status, string title, string back)
    {
        using var response = await site.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(back, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_error_is_problem_details()
    {
        using var response = await site.GetAsync("/api/stories/no-such-story");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feed.xml")]
    [InlineData("/sources/")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        using var get = await site.GetAsync(path);
        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(site.ReaderUrl, path)));
        var body = await head.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(body);
    }
}
