using System.Diagnostics;
using System.Globalization;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Web;

namespace Newsdesk.Bench;

/// <summary>
/// The reader under load: a store with N stories, C concurrent clients on 127.0.0.1 for S seconds, each cycling
/// through the story list, a story page and a search. Reports requests/s and p50/p95/p99 latency per page kind.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- load [stories=10000] [clients=50] [seconds=30] [--in-process]
/// With wrk installed (apt-get install wrk) each page kind is measured alone with wrk as the client; otherwise, or
/// with --in-process, .NET clients in this process cycle through the three kinds.
/// </summary>
internal static class ReaderLoad
{
    private static readonly string[] Terms = ["Selde", "Halvard", "Gull Bank", "Lumen Bank", "Straßenbahn", "flood", "Korvan", "Neustedt", "turbine", "Coastal Cup"];

    public static async Task<int> RunAsync(string[] args)
    {
        var stories = Arg(args, 0, 10_000);
        var clients = Arg(args, 1, 50);
        var seconds = Arg(args, 2, 30);
        var settings = await LoadStore.BuildAsync(stories);
        List<string> slugs;
        using (var store = NewsStore.Open(StoreLocation.Of(settings)))
        {
            slugs = store.Briefs.List().Select(b => $"/{b.FrontMatter.Language}/{b.FrontMatter.Slug}/").ToList();
        }

        var reader = ReaderApp.Build(settings, urls: "http://127.0.0.1:0");
        await reader.StartAsync();
        var url = reader.BoundUrl();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = url };

        // Warm-up, so the figures describe the running reader, not JIT and first connections.
        for (var i = 0; i < 50; i++)
        {
            (await http.GetAsync(Path(i, slugs))).Dispose();
        }

        if (WrkLoad.IsInstalled && !args.Contains("--in-process"))
        {
            var rng = new Random(1);
            var kinds = new (string Name, List<string> Paths)[]
            {
                ("story list", ["/", .. Enumerable.Range(2, 40).Select(p => $"/?page={p}"), "/en/", "/de/"]),
                ("story page", slugs),
                ("search", Terms.Select(t => "/search?q=" + Uri.EscapeDataString(t)).ToList()),
            };
            Console.WriteLine($"reader load (wrk): {stories} stories, {clients} connections, {seconds}s per page kind, {Environment.ProcessorCount} cores shared by server and wrk");
            Console.WriteLine($"{"page",-12} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
            var failed = false;
            foreach (var (name, paths) in kinds)
            {
                var r = await WrkLoad.RunAsync(url, paths.OrderBy(_ => rng.Next()).ToList(), clients, seconds);
                failed |= r.Errors > 0;
                Console.WriteLine($"{name,-12} {r.Requests,9} {r.RequestsPerSecond,8:F0} {r.P50,8:F1} {r.P95,8:F1} {r.P99,8:F1} {r.Errors,7}");
            }

            await reader.StopAsync();
            return failed ? 1 : 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSDESK_LOAD_PROFILE") == "1")
        {
            foreach (var (name, make) in new (string, Func<int, string>)[] { ("list", _ => "/"), ("story", i => slugs[i * 37 % slugs.Count]), ("search", i => "/search?q=" + Terms[i % Terms.Length]) })
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < 100; i++)
                {
                    (await http.GetAsync(make(i))).Dispose();
                }

                Console.WriteLine($"sequential {name}: {clock.Elapsed.TotalMilliseconds / 100:F2} ms/request");
            }
        }

        var samples = new[] { new List<double>(), new List<double>(), new List<double>() };
        var errors = 0;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            var local = new[] { new List<double>(), new List<double>(), new List<double>() };
            for (var n = client; deadline.Elapsed < TimeSpan.FromSeconds(seconds); n++)
            {
                var kind = n % 3;
                var path = kind switch
                {
                    0 => random.Next(4) == 0 ? $"/?page={random.Next(1, 50)}" : "/",
                    1 => slugs[random.Next(slugs.Count)],
                    _ => "/search?q=" + Uri.EscapeDataString(Terms[random.Next(Terms.Length)]),
                };
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                local[kind].Add(clock.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            lock (samples)
            {
                for (var k = 0; k < 3; k++)
                {
                    samples[k].AddRange(local[k]);
                }
            }
        })));
        var elapsed = deadline.Elapsed.TotalSeconds;
        await reader.StopAsync();

        var total = samples.Sum(s => s.Count);
        Console.WriteLine($"reader load: {stories} stories, {clients} clients, {elapsed:F1}s, {Environment.ProcessorCount} cores shared by server and clients");
        Console.WriteLine($"{"page",-12} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        string[] names = ["story list", "story page", "search"];
        for (var k = 0; k < 3; k++)
        {
            var sorted = samples[k].Order().ToList();
            Console.WriteLine($"{names[k],-12} {sorted.Count,9} {sorted.Count / elapsed,8:F0} {Percentile(sorted, 50),8:F1} {Percentile(sorted, 95),8:F1} {Percentile(sorted, 99),8:F1}");
        }

        Console.WriteLine($"{"all",-12} {total,9} {total / elapsed,8:F0}   errors: {errors}");
        return errors == 0 ? 0 : 1;
    }

    private static string Path(int i, List<string> slugs) => (i % 3) switch { 0 => "/", 1 => slugs[i % slugs.Count], _ => "/search?q=" + Terms[i % Terms.Length] };

    private static double Percentile(List<double> sorted, int p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
