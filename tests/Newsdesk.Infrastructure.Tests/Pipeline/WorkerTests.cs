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

/// <summary>Several workers on one PostgreSQL store: every feed polled once, every page fetched and stored once, and
/// what a dead worker held taken up by another once its claim runs out.</summary>
public class WorkerTests
{
    private static readonly FetchSettings Settings = new() { AllowLoopback = true, TimeoutSeconds = 5, Retries = 1, HostDelayMs = 0, MaxPerHost = 8, RespectRobots = false };

    [Fact]
    public async Task Two_workers_on_one_database_poll_each_feed_once_and_store_every_item_once()
    {
        using var db = new TestStore(StoreProvider.Postgres);
        var feedHits = new ConcurrentDictionary<int, int>();
        var pageHits = new ConcurrentDictionary<string, int>();
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feeds/{n:int}.xml", async (int n) =>
            {
                feedHits.AddOrUpdate(n, 1, (_, hits) => hits + 1);
                await Task.Delay(100); // a feed takes a while, so the second worker starts while the first still polls
                // Every feed also lists two items of its neighbour, so both workers meet the same pages.
                var items = Enumerable.Range(0, 10).Select(i => ($"/pages/{n}-{i}.html", $"Story {n}-{i}", (DateTimeOffset?)null))
                    .Concat(Enumerable.Range(0, 2).Select(i => ($"/pages/{n % 12 + 1}-{i}.html", $"Story {n % 12 + 1}-{i}", (DateTimeOffset?)null)));
                return Results.Text(OutletPage.Rss($"Feed {n}", items), "application/rss+xml");
            });
            app.MapGet("/pages/{id}.html", async (string id) =>
            {
                pageHits.AddOrUpdate(id, 1, (_, hits) => hits + 1);
                await Task.Delay(5);
                return Results.Content(OutletPage.Html($"Story {id}"), "text/html");
            });
        });
        using (var setup = db.Open())
        {
            for (var n = 1; n <= 12; n++)
            {
                setup.Sources.Add(server.At($"/feeds/{n}.xml").ToString(), SourceKind.Feed);
            }
        }

        using var fetcher = new HttpFetcher(Settings);
        var reports = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            using var store = db.Open();
            return await new Ingestor(store, fetcher, Settings, TimeProvider.System).RunAsync(null, CancellationToken.None);
        })));

        using var check = db.Open();
        Assert.All(feedHits.Values, hits => Assert.Equal(1, hits));
        Assert.Equal(12, feedHits.Count);
        Assert.Equal(12, reports.Sum(r => r.Sources));
        Assert.All(reports, r => Assert.True(r.Sources > 0, "both workers polled feeds")); // a worker claims 8 feeds at a time
        Assert.Equal(120, check.Articles.Count());
        Assert.Equal(120, check.Articles.All().Select(a => a.Url).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(120, reports.Sum(r => r.Inserted));
        Assert.All(pageHits.Values, hits => Assert.Equal(1, hits));
        Assert.Equal(0, check.Pending.Count());
        Assert.All(check.Sources.All(), s => Assert.True(s.NextPollAt > DateTimeOffset.UtcNow));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Pages_a_worker_claimed_are_not_taken_by_another_until_its_claim_runs_out_or_it_lets_go(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        var (source, _) = store.Sources.Add("https://news.example/feed.xml", SourceKind.Feed);
        var now = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        store.Sources.RecordPoll(source with { NextPollAt = now.AddHours(1) }, Enumerable.Range(1, 6).Select(i => ($"https://news.example/{i}", (FeedItem?)null)), now);

        var dead = new WorkerClaim("a", now, now.AddMinutes(30));
        var first = store.Pending.Claim(perSource: 4, dead);
        var other = store.Pending.Claim(perSource: 4, new WorkerClaim("b", now.AddMinutes(1), now.AddMinutes(40)));
        var afterExpiry = store.Pending.Claim(perSource: 10, new WorkerClaim("c", now.AddMinutes(31), now.AddMinutes(61)));

        Assert.Equal(4, first.Count);
        Assert.Equal(2, other.Count); // only the two no one holds
        Assert.Empty(first.Select(p => p.Url).Intersect(other.Select(p => p.Url)));
        Assert.Equal(first.Select(p => p.Url).Order(), afterExpiry.Select(p => p.Url).Order()); // "a" died: its four come back

        Assert.Equal(2, store.Claims.Release("b"));
        Assert.Equal(2, store.Pending.Claim(perSource: 10, new WorkerClaim("d", now.AddMinutes(32), now.AddMinutes(62))).Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_due_feed_is_claimed_by_one_worker_and_polled_feeds_are_free_again(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Sources.Add("https://a.example/feed.xml", SourceKind.Feed);
        store.Sources.Add("https://b.example/feed.xml", SourceKind.Feed);
        var now = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

        var first = store.Sources.ClaimDue(new WorkerClaim("a", now, now.AddMinutes(30)));
        var second = store.Sources.ClaimDue(new WorkerClaim("b", now, now.AddMinutes(30)));
        store.Sources.RecordFetch(first[0] with { NextPollAt = now.AddMinutes(10) });
        var later = store.Sources.ClaimDue(new WorkerClaim("c", now.AddMinutes(11), now.AddMinutes(41)));

        Assert.Equal(2, first.Count);
        Assert.Empty(second);
        Assert.Equal(["https://a.example/feed.xml"], later.Select(s => s.Url)); // polled and due again; b is still held by "a"
    }

    [Fact]
    public void A_worker_of_this_machine_whose_process_is_gone_counts_as_dead_and_one_that_runs_or_is_elsewhere_does_not()
    {
        using var exited = System.Diagnostics.Process.Start("true")!;
        exited.WaitForExit();
        using var running = System.Diagnostics.Process.GetProcessById(1); // process 1 (init) always runs

        Assert.True(WorkerClaim.DiedOnThisMachine($"{Environment.MachineName}:{exited.Id}:ab12cd34"));
        Assert.False(WorkerClaim.DiedOnThisMachine($"{Environment.MachineName}:{running.Id}:ab12cd34"));
        Assert.False(WorkerClaim.DiedOnThisMachine($"{Environment.MachineName}:{Environment.ProcessId}:ab12cd34"));
        Assert.False(WorkerClaim.DiedOnThisMachine($"another-host:{exited.Id}:ab12cd34"));
        Assert.False(WorkerClaim.DiedOnThisMachine("not a worker id"));
    }

    [Fact]
    public async Task One_worker_builds_at_a_time_and_the_next_waits_saying_so()
    {
        using var db = new TestStore(StoreProvider.Postgres);
        using var first = db.Open();
        using var second = db.Open();
        var said = new List<string>();

        var held = first.BuildLock();
        var waiting = Task.Run(() =>
        {
            using var next = second.BuildLock(said.Add);
        });
        var early = await Task.WhenAny(waiting, Task.Delay(500));
        held.Dispose();
        await waiting;

        Assert.NotSame(waiting, early);
        Assert.Contains("another worker is building stories on this database; waiting for it to finish", said);
    }
}
