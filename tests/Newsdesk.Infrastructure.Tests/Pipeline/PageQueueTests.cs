using System.Collections.Concurrent;
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

/// <summary>The page queue: nothing lost when a run stops early, no feed starves the others, no slow host holds the rest.</summary>
public class PageQueueTests
{
    private static FetchSettings Settings(Action<FetchSettings>? change = null)
    {
        var settings = new FetchSettings { AllowLoopback = true, TimeoutSeconds = 5, Retries = 1, HostDelayMs = 0, MaxPerHost = 4, RespectRobots = false };
        change?.Invoke(settings);
        return settings;
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_run_stopped_mid_way_leaves_its_items_queued_and_the_next_run_finishes_them_although_the_feed_answers_304(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        var stored = 0;
        var release = new TaskCompletionSource();
        var items = Enumerable.Range(1, 12).Select(i => ($"/p/{i}.html", $"Story {i}", (DateTimeOffset?)DateTimeOffset.UtcNow.AddMinutes(-i))).ToList();
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", (HttpContext c) =>
            {
                if (c.Request.Headers.IfNoneMatch == "\"v1\"")
                {
                    return Results.StatusCode(304);
                }

                c.Response.Headers.ETag = "\"v1\"";
                c.Response.Headers.CacheControl = "max-age=7200";
                return Results.Text(OutletPage.Rss("Queue", items), "application/rss+xml");
            });
            app.MapGet("/p/{id:int}.html", async (int id) =>
            {
                // Two pages come at once; the others wait until the test has stopped the first run.
                if (Interlocked.Increment(ref stored) > 2)
                {
                    await release.Task;
                }

                return Results.Content(OutletPage.Html($"Story {id}"), "text/html");
            });
        });
        using var store = db.Open();
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        var settings = Settings();
        using var fetcher = new HttpFetcher(settings);
        using var stop = new CancellationTokenSource();

        var first = new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, stop.Token);
        using (var watcher = NewsStore.OpenForReading(db.Location)) // the run's own connection is the run's alone
        {
            while (watcher.Articles.Count() < 2 && !first.IsCompleted)
            {
                await Task.Delay(20);
            }
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.SetResult();
        Assert.Equal(2, store.Articles.Count());
        Assert.Equal(10, store.Pending.Count());
        Assert.True(store.Sources.All().Single().NextPollAt > DateTimeOffset.UtcNow.AddMinutes(30)); // the feed is not due again

        var second = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(0, second.Sources);
        Assert.Equal(10, second.Inserted);
        Assert.Equal(12, store.Articles.All().Select(a => a.Url).Distinct().Count());
        Assert.Equal(0, store.Pending.Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_huge_feed_gives_its_newest_items_and_waits_its_turn_while_small_feeds_are_served(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        var newest = DateTimeOffset.UtcNow;
        var huge = Enumerable.Range(1, 300).Select(i => ($"/huge/{i}.html", $"Huge {i}", (DateTimeOffset?)newest.AddMinutes(-i))).ToList();
        var requests = new ConcurrentQueue<string>();
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/huge.xml", () => Results.Text(OutletPage.Rss("Huge", huge), "application/rss+xml"));
            app.MapGet("/small{n:int}.xml", (int n) => Results.Text(OutletPage.Rss($"Small {n}", [($"/small/{n}-a.html", $"Small {n}a", newest), ($"/small/{n}-b.html", $"Small {n}b", newest)]), "application/rss+xml"));
            app.MapGet("/{kind}/{name}.html", (string kind, string name) =>
            {
                requests.Enqueue($"{kind}/{name}");
                return Results.Content(OutletPage.Html($"{kind} {name}"), "text/html");
            });
        });
        using var store = db.Open();
        foreach (var path in new[] { "/huge.xml", "/small1.xml", "/small2.xml" })
        {
            store.Sources.Add(server.At(path).ToString(), SourceKind.Feed);
        }

        var settings = Settings(s => s.MaxItemsPerPoll = 20);
        using var fetcher = new HttpFetcher(settings);

        var first = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(24, first.Inserted);
        Assert.Equal(280, first.Queued);
        var hugeFetched = requests.Where(r => r.StartsWith("huge/", StringComparison.Ordinal)).Select(r => int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 20), hugeFetched.Order()); // the 20 newest
        Assert.Equal(4, requests.Count(r => r.StartsWith("small/", StringComparison.Ordinal)));

        var second = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(20, second.Inserted);
        Assert.Equal(260, second.Queued);
        Assert.Contains("huge/21", requests);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Pages_of_other_feeds_are_fetched_while_a_slow_feed_is_still_answering(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        var otherPageServed = new TaskCompletionSource();
        var servedWhileSlowFeedHung = false;
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/slow.xml", async () =>
            {
                // Answers only once a page of the other feed was fetched (or after 10 s, which fails the test).
                servedWhileSlowFeedHung = await Task.WhenAny(otherPageServed.Task, Task.Delay(10_000)) == otherPageServed.Task;
                return Results.Text(OutletPage.Rss("Slow", [("/slow-story.html", "Slow story", DateTimeOffset.UtcNow)]), "application/rss+xml");
            });
            app.MapGet("/fast.xml", () => Results.Text(OutletPage.Rss("Fast", [("/fast-story.html", "Fast story", DateTimeOffset.UtcNow)]), "application/rss+xml"));
            app.MapGet("/{name}.html", (string name) =>
            {
                otherPageServed.TrySetResult();
                return Results.Content(OutletPage.Html(name), "text/html");
            });
        });
        using var store = db.Open();
        store.Sources.Add(server.At("/slow.xml").ToString(), SourceKind.Feed);
        store.Sources.Add(server.At("/fast.xml").ToString(), SourceKind.Feed);
        var settings = Settings(s => s.TimeoutSeconds = 20);
        using var fetcher = new HttpFetcher(settings);

        var report = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.True(servedWhileSlowFeedHung);
        Assert.Equal(2, report.Inserted);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Fifty_feeds_polled_while_the_workers_drain_the_queue_leave_nothing_behind(StoreProvider provider)
    {
        // Queue rows are deleted as pages are stored; a reused row id once made the run skip later items as "already queued".
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feeds/{n:int}.xml", (int n) => Results.Text(OutletPage.Rss($"Feed {n}", [($"/pages/{n}.html", $"Story {n}", null)]), "application/rss+xml"));
            app.MapGet("/pages/{n:int}.html", (int n) => Results.Content(OutletPage.Html($"Story {n}"), "text/html"));
        });
        var settings = Settings();
        using var fetcher = new HttpFetcher(settings);
        for (var round = 0; round < 20; round++)
        {
            using var db = new TestStore(provider);
            using var store = db.Open();
            for (var n = 1; n <= 50; n++)
            {
                store.Sources.Add(server.At($"/feeds/{n}.xml").ToString(), SourceKind.Feed);
            }

            var report = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

            Assert.Equal((50, 0), (report.Inserted, report.Queued));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_run_whose_time_budget_is_spent_stops_and_leaves_the_rest_queued(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(OutletPage.Rss("Slow pages", Enumerable.Range(1, 6).Select(i => ($"/p/{i}.html", $"Story {i}", (DateTimeOffset?)DateTimeOffset.UtcNow.AddMinutes(-i)))), "application/rss+xml"));
            app.MapGet("/p/{id:int}.html", async (int id, CancellationToken aborted) =>
            {
                await Task.Delay(id == 1 ? 0 : 60_000, aborted);
                return Results.Content(OutletPage.Html($"Story {id}"), "text/html");
            });
        });
        using var store = db.Open();
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        var settings = Settings(s => (s.RunBudgetMinutes, s.TimeoutSeconds) = (0.05, 120));
        using var fetcher = new HttpFetcher(settings);

        var report = await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.True(report.BudgetReached);
        Assert.Equal(1, report.Inserted);
        Assert.Equal(5, report.Queued);
        Assert.Contains(report.Errors, e => e.Contains("time budget", StringComparison.Ordinal));
        Assert.Equal(0, store.Sources.ErrorCount()); // pages cut off by the budget are not failures
    }
}
