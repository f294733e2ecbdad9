using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;

using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

public class PoliteIngestTests
{
    private const string Page = "<html lang=\"en\"><body><article><h1>T</h1><p>A paragraph long enough to be taken for the body of an article here.</p></article></body></html>";

    [Fact]
    public async Task Pages_the_sites_robots_txt_disallows_are_not_fetched()
    {
        var fetched = new List<string>();
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /private/\n"));
            app.MapGet("/feed.xml", () => Results.Text("<rss version=\"2.0\"><channel><title>R</title><item><link>/news/a.html</link></item><item><link>/private/b.html</link></item></channel></rss>", "application/rss+xml"));
            app.MapGet("/{section}/{page}", (string section, string page) =>
            {
                lock (fetched)
                {
                    fetched.Add($"/{section}/{page}");
                }

                return Results.Content(Page, "text/html");
            });
        });
        using var temp = new TempDirectory();
        using var store = NewsStore.Open(temp.File("n.db"));
        var settings = new FetchSettings { AllowLoopback = true, HostDelayMs = 0 };
        using var fetcher = new HttpFetcher(settings);
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);

        var report = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(1, report.Inserted);
        Assert.Contains(report.Errors, e => e.Contains("robots.txt", StringComparison.Ordinal));
        Assert.Equal(["/news/a.html"], fetched);
    }

    [Fact]
    public async Task Too_many_requests_is_not_retried_at_once_and_the_next_poll_honours_retry_after()
    {
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            context.Response.Headers.RetryAfter = "7200";
            return Results.StatusCode(429);
        }));
        using var temp = new TempDirectory();
        using var store = NewsStore.Open(temp.File("n.db"));
        var settings = new FetchSettings { AllowLoopback = true, Retries = 2 };
        using var fetcher = new HttpFetcher(settings);
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        var before = DateTimeOffset.UtcNow;

        await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);
        var source = store.Sources.All().Single();

        Assert.Equal(1, requests);
        Assert.Equal(429, source.LastStatus);
        Assert.Equal(1, source.ErrorCount);
        Assert.InRange(source.NextPollAt!.Value, before.AddHours(2).AddMinutes(-1), before.AddHours(2).AddMinutes(5));
    }

    [Fact]
    public async Task A_fresh_response_is_not_polled_again_before_it_goes_stale()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "max-age=10800";
            return Results.Text("<rss version=\"2.0\"><channel><title>C</title></channel></rss>", "application/rss+xml");
        }));
        using var temp = new TempDirectory();
        using var store = NewsStore.Open(temp.File("n.db"));
        var settings = new FetchSettings { AllowLoopback = true };
        using var fetcher = new HttpFetcher(settings);
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        var before = DateTimeOffset.UtcNow;

        await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.True(store.Sources.All().Single().NextPollAt >= before.AddHours(3).AddMinutes(-1));
    }
}
