using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Core.Model;

namespace Newsdesk.Bench;

/// <summary>
/// What a run costs as the archive grows. Builds an archive of synthetic articles (the shared clustering sets'
/// sentences recombined, as cluster-scale does), writes them as HTML pages behind local RSS files, and times real
/// `newsdesk run --once` processes over it: the first ingest, a run with nothing new (every feed polled, nothing
/// found), and runs with a few new articles in a new feed. Each run is a fresh process, so its seconds include start-up,
/// and its peak working set is the one the run reports.
/// With <c>--long-stories</c> the archive is three weeks of the same events reported again and again (a few events with
/// hundreds of reports, most with tens; each runs for two to seven days), and the new articles continue them: what a
/// run costs when the stories it grows are large.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- archive-runs ../shared/data/clustering/*.jsonl [--articles 4000] [--feeds 40] [--new 30,100] [--long-stories] [--cli other/newsdesk.dll] [--keep]
/// </summary>
internal static partial class ArchiveRuns
{
    public static int Run(string[] args)
    {
        var (count, feeds, fresh, paths) = (4000, 40, new[] { 30 }, new List<string>());
        var keep = false;
        var longStories = false;
        var cli = Path.Combine(AppContext.BaseDirectory, "newsdesk.dll");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--feeds": feeds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--new": fresh = args[++i].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--cli": cli = Path.GetFullPath(args[++i]); break; // another build of newsdesk.dll, to compare with
                case "--keep": keep = true; break; // leave the archive and data directory for a closer look
                case "--long-stories": longStories = true; break;
                default: paths.Add(args[i]); break;
            }
        }

        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"newsdesk.dll not found beside the bench ({cli})");
            return 1;
        }

        var root = Directory.CreateTempSubdirectory("newsdesk-archive-").FullName;
        try
        {
            var pools = ClusterScale.Pools(paths);
            var extra = fresh.Sum();
            var all = longStories ? LongStories(pools, count + extra) : ClusterScale.Stream(pools, count + extra);
            // The newest articles arrive later, in new feeds; the archive is everything before them.
            var archive = all.Take(count).ToList();
            var clock = Stopwatch.StartNew();
            for (var f = 0; f < feeds; f++)
            {
                WriteFeed(Path.Combine(root, "feeds", $"f{f}"), archive.Where((_, i) => i % feeds == f).ToList());
            }

            Console.WriteLine($"{count:N0} articles in {feeds} local feeds written in {clock.Elapsed.TotalSeconds:F1} s ({root})");
            var data = Path.Combine(root, "data");
            // Every item of a feed in one run, the new feeds' too.
            var perFeed = Math.Max(count / feeds + 1, fresh.DefaultIfEmpty(0).Max());
            var environment = new Dictionary<string, string> { ["NEWSDESK_Fetch__MaxItemsPerPoll"] = perFeed.ToString(CultureInfo.InvariantCulture) };
            Newsdesk(cli, environment, ["add", "--data-dir", data, .. Enumerable.Range(0, feeds).Select(f => Path.Combine(root, "feeds", $"f{f}", "feed.xml"))]);

            Console.WriteLine($"{"run",-28} {"seconds",8} {"articles/s",11} {"peak MB",8}  summary");
            var first = Timed(cli, environment, data, "first run (everything)", count);
            Timed(cli, environment, data, "again, nothing new (--now)", 0, "--now");
            var offset = count;
            foreach (var n in fresh)
            {
                var feed = Path.Combine(root, "feeds", $"new{offset}");
                WriteFeed(feed, all.Skip(offset).Take(n).ToList());
                offset += n;
                Newsdesk(cli, environment, ["add", "--data-dir", data, Path.Combine(feed, "feed.xml")]);
                Timed(cli, environment, data, $"{n} new in a new feed", n);
            }

            Console.WriteLine($"first run: {first.Seconds:F1} s end to end");
            return 0;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static (double Seconds, string Output) Timed(string cli, Dictionary<string, string> environment, string data, string label, int articles, params string[] more)
    {
        var clock = Stopwatch.StartNew();
        var output = Newsdesk(cli, environment, ["run", "--once", "--data-dir", data, .. more]);
        var seconds = clock.Elapsed.TotalSeconds;
        var peak = PeakMemory().Match(output) is { Success: true } m ? m.Groups[1].Value : "?";
        var summary = string.Join(" / ", output.Split('\n').Where(l => l.StartsWith("Fetched", StringComparison.Ordinal) || l.StartsWith("Analysed", StringComparison.Ordinal) || l.StartsWith("Nothing", StringComparison.Ordinal))
            .Select(l => l.Length > 150 && !l.StartsWith("Analysed", StringComparison.Ordinal) ? l[..150] + "…" : l));
        Console.WriteLine($"{label,-28} {seconds,8:F2} {(articles == 0 ? "" : (articles / seconds).ToString("F0", CultureInfo.InvariantCulture)),11} {peak,8}  {summary}");
        return (seconds, output);
    }

    /// <summary>
    /// Three weeks of events reported again and again: event k of n gets a share of the articles proportional to
    /// 1/(k+1) (the largest hundreds, most tens), starts in the first two weeks and is reported at random times over two
    /// to seven days; each report recombines sentences of one shared story, as <see cref="ClusterScale.Stream"/> does.
    /// The newest articles (those after the archive) continue the events still running.
    /// </summary>
    internal static List<Article> LongStories(List<string[]> pools, int count)
    {
        var random = new Random(7);
        var start = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var events = Math.Max(1, count / 60);
        var weights = Enumerable.Range(0, events).Select(k => 1.0 / (k + 1)).ToList();
        var total = weights.Sum();
        var articles = new List<Article>(count);
        for (var e = 0; e < events; e++)
        {
            var pool = pools[e % pools.Count];
            var size = e == events - 1 ? count - articles.Count : (int)Math.Round(count * weights[e] / total);
            var begins = start.AddHours(random.NextDouble() * 14 * 24);
            var hours = (2 + (5.0 * (events - e) / events)) * 24;
            for (var n = 0; n < size && articles.Count < count; n++)
            {
                var report = ClusterScale.Report(pool, random, articles.Count + 1, r => begins.AddMinutes(r.NextDouble() * hours * 60));
                articles.Add(report with { SiteName = "Outlet " + (1 + random.Next(25)).ToString(CultureInfo.InvariantCulture) });
            }
        }

        return articles.OrderBy(a => a.Published).ThenBy(a => a.Id).ToList();
    }

    private static string Newsdesk(string cli, Dictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output + error.Result;
    }

    private static void WriteFeed(string folder, IReadOnlyList<Article> articles)
    {
        Directory.CreateDirectory(folder);
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench feed</title>");
        foreach (var article in articles)
        {
            var name = article.Url.Replace("urn:bench:", "p", StringComparison.Ordinal) + ".html";
            var title = WebUtility.HtmlEncode(article.Title);
            File.WriteAllText(Path.Combine(folder, name),
                $"<!doctype html><html lang=\"en\"><head><title>{title}</title><meta property=\"article:published_time\" content=\"{article.Published:O}\">"
                + (article.SiteName is null ? "" : $"<meta property=\"og:site_name\" content=\"{WebUtility.HtmlEncode(article.SiteName)}\">") + "</head>"
                + $"<body><article><h1>{title}</h1>{string.Concat(article.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}</article></body></html>");
            feed.Append(CultureInfo.InvariantCulture, $"<item><title>{title}</title><link>{name}</link><pubDate>{article.Published:R}</pubDate></item>");
        }

        File.WriteAllText(Path.Combine(folder, "feed.xml"), feed.Append("</channel></rss>").ToString());
    }

    [GeneratedRegex(@"peak memory (\d+) MB")]
    private static partial Regex PeakMemory();
}
