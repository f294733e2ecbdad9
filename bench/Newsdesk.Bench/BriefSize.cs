using System.Diagnostics;
using System.Globalization;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Eval;
using Newsdesk.Infrastructure.Pipeline;

namespace Newsdesk.Bench;

/// <summary>
/// What one brief costs as its story grows: stories of 5, 50 and 500 reports (the Multi-News documents in turn, each
/// report its own text, from 25 outlets over three weeks), each written as the pipeline writes it — its reports chosen
/// (<see cref="SourceSelection"/>), then the brief written from those — and, beside it, written from every report as
/// before bounded briefs. Analysis is done first and not timed; each size is written a number of times and the median
/// taken.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- brief-size ../shared/data/summarization/multinews-dev100.jsonl [--sizes 5,50,500] [--repeat 15]
/// </summary>
internal static class BriefSize
{
    public static int Run(string[] args)
    {
        var (sizes, repeat) = (new[] { 5, 50, 500 }, 15);
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes": sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            }
        }

        // Every report its own text (the set's documents in turn), so that a larger story is more text, not the same text again.
        var documents = SummarizationDataset.Load(args[0]).SelectMany(c => c.Documents).Where(d => d.Length > 500).ToList();
        var site = new SiteSettings();
        var start = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var stories = sizes.Select(size => Enumerable.Range(0, size).Select(n => TextAnalyzer.Analyze(new Article
        {
            Id = n + 1,
            Url = $"https://outlet{n % 25}.example/{n}",
            SiteName = $"Outlet {n % 25}",
            Title = documents[n % documents.Count].Split('\n')[0],
            Published = start.AddMinutes(n * 21.0 * 24 * 60 / size),
            Language = "en",
            Paragraphs = documents[n % documents.Count].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        }, language: "en")).ToList()).ToList();

        // Two rounds over every size; the first only warms the JIT up (its figures depended on which size came first).
        for (var round = 0; round < 2; round++)
        {
            if (round == 1)
            {
                Console.WriteLine($"{"reports",8} {"bounded ms",11} {"all reports ms",15} {"sources cited",14}");
            }

            foreach (var analyses in stories)
            {
                StoryBrief Bounded()
                {
                    var reports = analyses.Select(a => new SourceSelection.Report(a.Article.Id, a.Article.Url, a.Article.SiteName, a.Language, a.Article.Published)).ToList();
                    var chosen = SourceSelection.Choose(reports).ToHashSet();
                    return AdHocBrief.Write(analyses.Where(a => chosen.Contains(a.Article.Id)).ToList(), "en", site, analyses.Count);
                }

                var bounded = Median(round == 0 ? 2 : repeat, () => Bounded());
                var all = Median(round == 0 || analyses.Count >= 500 ? 2 : repeat, () => AdHocBrief.Write(analyses, "en", site));
                if (round == 1)
                {
                    Console.WriteLine($"{analyses.Count,8} {bounded.Ms,11:F1} {all.Ms,15:F1} {bounded.Brief.Sources.Count,14}");
                }
            }
        }

        return 0;
    }

    private static (double Ms, StoryBrief Brief) Median(int times, Func<StoryBrief> write)
    {
        var brief = write(); // warm-up
        var samples = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            brief = write();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return (samples[samples.Count / 2], brief);
    }
}
