using System.Diagnostics;
using System.Globalization;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Bench;

/// <summary>
/// Story clustering at scale: a stream of articles built by recombining the sentences of the shared clustering sets'
/// stories (fresh ids, dates spread over a year, arriving in date order), clustered online on one thread. Reports,
/// at each quarter of the stream, the clustering time so far, articles per second and the managed memory the stream's
/// state holds, so growth can be read off as linear or not. Analysis (the Text stage) is timed apart; the collection
/// statistics (IDF) are computed from the whole stream, as the store's background table would give them.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- cluster-scale ../shared/data/clustering/*.jsonl [--articles 100000]
/// </summary>
internal static class ClusterScale
{
    private const int Seed = 7;

    public static int Run(string[] args)
    {
        var count = 100_000;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length)
            {
                count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        var pools = Pools(paths);
        Console.WriteLine($"{pools.Count} story sentence pools from {paths.Count} file(s); building {count:N0} articles");
        var articles = Stream(pools, count);

        var clock = Stopwatch.StartNew();
        var analyses = articles.Select(a => TextAnalyzer.Analyze(a, language: "en")).ToList();
        Console.WriteLine($"analysis: {clock.Elapsed.TotalSeconds:F1} s, {analyses.Count / clock.Elapsed.TotalSeconds:F0} articles/s (Text stage, not part of the clustering figures)");

        // One pass over the stream; at each quarter the clock stops while a full collection measures what the
        // stream's state (stories, indexes) holds beyond the analyses themselves.
        clock.Restart();
        var statistics = new CollectionStatistics(analyses);
        Console.WriteLine($"collection statistics (IDF of terms and anchors): {clock.Elapsed.TotalSeconds:F1} s");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var stream = new StoryStream(new ClusterOptions(), statistics);
        Console.WriteLine($"{"articles",9} {"stories",8} {"seconds",8} {"articles/s",11} {"held MB",8} {"KB/article",11} {"GC pause s",11}");
        var watch = new Stopwatch();
        var pausedBefore = GC.GetTotalPauseDuration();
        var placed = 0;
        foreach (var quarter in new[] { count / 4, count / 2, count * 3 / 4, count })
        {
            watch.Start();
            for (; placed < quarter; placed++)
            {
                stream.Place(analyses[placed]);
            }

            watch.Stop();
            var held = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / 1024.0 / 1024.0;
            Console.WriteLine($"{placed,9:N0} {stream.Count,8:N0} {watch.Elapsed.TotalSeconds,8:F1} {placed / watch.Elapsed.TotalSeconds,11:F0} {held,8:F0} {held * 1024 / placed,11:F1} {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds,11:F1}");
        }

        GC.KeepAlive(stream);
        Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB (input articles and analyses included)");
        return 0;
    }

    /// <summary>Synthetic stories of 1–6 articles, each article 6–14 sentences drawn from one real story's pool, a
    /// headline from the same pool; a new story every few minutes over a year, its articles within 12 hours.</summary>
    /// <summary>Each story of the shared sets as a pool of its sentences (40 characters or more).</summary>
    internal static List<string[]> Pools(IEnumerable<string> paths) =>
        paths.SelectMany(p => ClusteringDataset.Load(p).Documents.GroupBy(d => p + "\n" + d.Story))
            .Select(g => SentenceSplitter.Split(g.SelectMany(d => d.Article.Paragraphs)).Where(s => s.Length >= 40).ToArray())
            .Where(p => p.Length >= 5)
            .ToList();

    /// <summary>One synthetic report of a story: 6 to 14 of its sentences in paragraphs of three, one as the headline;
    /// its time drawn after them (the streams' figures depend on the order of the draws).</summary>
    internal static Article Report(string[] pool, Random random, int id, Func<Random, DateTimeOffset> published)
    {
        var sentences = Enumerable.Range(0, 6 + random.Next(9)).Select(_ => pool[random.Next(pool.Length)]).ToList();
        var headline = pool[random.Next(pool.Length)];
        return new Article
        {
            Id = id,
            Url = "urn:bench:" + id.ToString(CultureInfo.InvariantCulture),
            Title = headline.Length <= 110 ? headline : headline[..110],
            Published = published(random),
            Paragraphs = sentences.Chunk(3).Select(c => string.Join(' ', c)).ToList(),
            Language = "en",
        };
    }

    internal static List<Article> Stream(List<string[]> pools, int count)
    {
        var random = new Random(Seed);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var minutesPerStory = 365.0 * 24 * 60 / (count / 3.5);
        var articles = new List<Article>(count);
        for (var story = 0; articles.Count < count; story++)
        {
            var pool = pools[random.Next(pools.Count)];
            var first = start.AddMinutes(story * minutesPerStory);
            for (var n = 1 + random.Next(6); n > 0 && articles.Count < count; n--)
            {
                articles.Add(Report(pool, random, articles.Count + 1, r => first.AddMinutes(r.Next(12 * 60))));
            }
        }

        return articles.OrderBy(a => a.Published).ThenBy(a => a.Id).ToList();
    }
}
