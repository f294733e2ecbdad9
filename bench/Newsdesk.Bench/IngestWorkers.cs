using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Tests.Shared;
using Newsdesk.Web.Demo;
using Npgsql;

namespace Newsdesk.Bench;

/// <summary>
/// Ingest throughput by store and number of workers: F feeds of I items each on 127.0.0.1 (the demo's article pages under
/// fresh titles and addresses, each answered after L ms as a remote host would), polled and fetched into a fresh store by
/// one SQLite worker, one PostgreSQL worker and two PostgreSQL workers running at once (each a whole ingest run with its
/// own connection, as two `newsdesk run` processes would). Reports pages stored per second and checks that every page
/// was stored once.
/// Run: ingest-workers --postgres "Host=…;Username=…;Database=postgres" [--feeds 50] [--items 40] [--latency-ms 0]
/// (the connection names a server and a database to create the bench's own databases from; they are dropped after).
/// </summary>
internal static class IngestWorkers
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Option(args, "--postgres") ?? throw new ArgumentException("ingest-workers needs --postgres \"Host=…;Username=…;Database=postgres\"");
        var feeds = int.Parse(Option(args, "--feeds") ?? "50", CultureInfo.InvariantCulture);
        var items = int.Parse(Option(args, "--items") ?? "40", CultureInfo.InvariantCulture);
        var latency = int.Parse(Option(args, "--latency-ms") ?? "0", CultureInfo.InvariantCulture);
        var corpus = DemoCorpus.Load(CorpusLocator.DemoCorpus());
        await using var outlets = await StartOutletsAsync(corpus, feeds, items, latency);
        Console.WriteLine($"ingest: {feeds} feeds x {items} items = {feeds * items} pages on 127.0.0.1, {latency} ms per page, {Environment.ProcessorCount} cores shared by server and workers");
        Console.WriteLine($"{"store",-10} {"workers",7} {"seconds",8} {"pages/s",8} {"stored",7} {"fetched twice",13}");
        var failed = false;
        foreach (var (provider, workers) in new[] { (StoreProvider.Sqlite, 1), (StoreProvider.Postgres, 1), (StoreProvider.Postgres, 2) })
        {
            var (location, drop) = NewStore(provider, server);
            try
            {
                using (var setup = NewsStore.Open(location))
                {
                    for (var n = 0; n < feeds; n++)
                    {
                        setup.Sources.Add(new Uri(outlets.Url, $"/feeds/{n}.xml").ToString(), SourceKind.Feed);
                    }
                }

                outlets.Hits.Clear();
                var settings = new FetchSettings { AllowLoopback = true, HostDelayMs = 0, MaxPerHost = 64, RespectRobots = false, MaxItemsPerPoll = items };
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
                {
                    using var store = NewsStore.Open(location);
                    using var fetcher = new HttpFetcher(settings);
                    await new Ingestor(store, fetcher, settings, TimeProvider.System).RunAsync(null, CancellationToken.None);
                })));
                var seconds = clock.Elapsed.TotalSeconds;
                using var check = NewsStore.Open(location);
                var stored = check.Articles.Count();
                var twice = outlets.Hits.Values.Count(h => h > 1);
                failed |= stored != feeds * items || twice > 0;
                Console.WriteLine($"{provider.ToString().ToLowerInvariant(),-10} {workers,7} {seconds,8:F2} {stored / seconds,8:F0} {stored,7} {twice,13}");
            }
            finally
            {
                drop();
            }
        }

        return failed ? 1 : 0;
    }

    private static (StoreLocation Location, Action Drop) NewStore(StoreProvider provider, string server)
    {
        if (provider == StoreProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("newsdesk-ingest-").FullName;
            return (StoreLocation.Sqlite(Path.Combine(folder, "newsdesk.db")), () => Directory.Delete(folder, recursive: true));
        }

        var name = "newsdesk_bench_" + Guid.NewGuid().ToString("N")[..8];
        Admin(server, $"CREATE DATABASE {name}");
        var location = StoreLocation.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
        return (location, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP DATABASE {name} WITH (FORCE)");
        }
        );
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Feed n lists items n-0 … n-(I-1); each page is a demo article under its own title and address.</summary>
    private static async Task<Outlets> StartOutletsAsync(DemoCorpus corpus, int feeds, int items, int latency)
    {
        var hits = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Uri? baseUrl = null;
        DemoArticle Article(int n, int i)
        {
            var seed = corpus.Articles[(n * items + i) % corpus.Articles.Count];
            return seed with { Title = $"{seed.Title} ({n}-{i})", Slug = $"{seed.Slug}-{n}-{i}", Published = seed.Published.AddMinutes(-(n * items + i)) };
        }

        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feeds/{n:int}.xml", (int n) => Results.Text(
                $"<rss version=\"2.0\"><channel><title>Feed {n}</title>"
                + string.Concat(Enumerable.Range(0, items).Select(i => $"<item><title>{System.Security.SecurityElement.Escape(Article(n, i).Title)}</title><link>{baseUrl}p/{n}/{i}.html</link><pubDate>{Article(n, i).Published:R}</pubDate></item>"))
                + "</channel></rss>", "application/rss+xml"));
            app.MapGet("/p/{n:int}/{i:int}.html", async (int n, int i) =>
            {
                hits.AddOrUpdate($"{n}/{i}", 1, (_, count) => count + 1);
                if (latency > 0)
                {
                    await Task.Delay(latency);
                }

                return Results.Content(DemoPageTemplate.Render(Article(n, i), [], baseUrl!), "text/html; charset=utf-8");
            });
        });
        baseUrl = server.Url;
        return new Outlets(server, hits);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The bench's outlets and how often each page was asked for.</summary>
    private sealed record Outlets(LoopbackServer Server, System.Collections.Concurrent.ConcurrentDictionary<string, int> Hits) : IAsyncDisposable
    {
        public Uri Url => Server.Url;

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
