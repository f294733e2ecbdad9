using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Infrastructure.Tests.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

public class IngestorTests
{
    private const string Feed = """
        <rss version="2.0"><channel><title>Loopback Times</title>
        <item><title>Good one</title><link>/good.html</link><pubDate>Mon, 22 Jun 2026 08:00:00 GMT</pubDate></item>
        <item><title>Broken one</title><link>/broken.html</link></item>
        <item><title>Empty one</title><link>/empty.html</link></item>
        </channel></rss>
        """;

    private const string GoodPage = """
        <html lang="en"><head><title>Good one</title></head><body><article><h1>Good one</h1>
        <p>The harbour opened a new pier on Monday, the first addition to the port in twenty years.</p>
        <p>Officials said the pier will let two more cruise ships dock at the same time.</p></article></body></html>
        """;

    private static async Task<LoopbackServer> StartOutletAsync() => await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/feed.xml", () => Results.Text(Feed, "application/rss+xml"));
        app.MapGet("/good.html", () => Results.Content(GoodPage, "text/html"));
        app.MapGet("/broken.html", () => Results.StatusCode(500));
        app.MapGet("/empty.html", () => Results.Content("<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html"));
    });

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Failures_are_logged_per_item_and_a_rerun_adds_no_duplicates(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        await using var server = await StartOutletAsync();
        using var store = db.Open();
        // Generous: the pages answer at once, and a 2 s limit once timed out a 500 while other tests loaded the machine.
        var settings = new FetchSettings { AllowLoopback = true, TimeoutSeconds = 10, Retries = 1 };
        using var fetcher = new HttpFetcher(settings);
        var (added, _) = await new SubscriptionService(store, fetcher).AddAsync(server.At("/feed.xml").ToString(), CancellationToken.None).ContinueWith(t => t.Result.Single());
        Assert.Equal(SourceKind.Feed, added.Kind);

        var first = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(1, first.Inserted);
        Assert.Equal(2, first.Errors.Count);
        Assert.Contains(first.Errors, e => e.Contains("500", StringComparison.Ordinal));
        Assert.Contains(first.Errors, e => e.Contains("no article found", StringComparison.Ordinal));
        Assert.Equal(2, store.Sources.ErrorCount());
        var article = store.Articles.All().Single();
        Assert.Equal("Good one", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero), article.Published);

        // The feed is not due again yet; force it and make sure nothing is stored twice.
        store.Sources.RecordFetch(store.Sources.All().Single() with { NextPollAt = DateTimeOffset.UnixEpoch });
        var second = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(0, second.Inserted);
        Assert.Equal(1, store.Articles.Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_feed_that_is_not_due_is_not_fetched(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        await using var server = await StartOutletAsync();
        using var store = db.Open();
        var settings = new FetchSettings { AllowLoopback = true };
        using var fetcher = new HttpFetcher(settings);
        await new SubscriptionService(store, fetcher).AddAsync(server.At("/feed.xml").ToString(), CancellationToken.None);
        await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        var again = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(0, again.Sources);
        Assert.NotNull(store.Sources.All().Single().NextPollAt);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_malformed_feed_records_a_clear_error_on_the_source(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/bad.xml", () => Results.Text("<rss><channel><item>", "application/rss+xml")));
        using var store = db.Open();
        store.Sources.Add(server.At("/bad.xml").ToString(), SourceKind.Feed);
        var settings = new FetchSettings { AllowLoopback = true };
        using var fetcher = new HttpFetcher(settings);

        var report = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Contains("malformed XML", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Contains("malformed XML", store.Sources.All().Single().LastError, StringComparison.Ordinal);
    }
}
