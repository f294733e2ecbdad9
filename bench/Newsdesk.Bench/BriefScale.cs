using System.Diagnostics;
using System.Globalization;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Eval;
using Newsdesk.Infrastructure.Pipeline;

namespace Newsdesk.Bench;

/// <summary>
/// The extractive brief writer at scale: 1,000 three-source stories (Multi-News sources, cycled, fresh ids), each
/// written as a full brief on one thread. The sources are analyzed first and timed apart, so the figure is the Brief
/// stage itself; a warm-up pass over the first 50 stories is not timed.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- brief-scale ../shared/data/summarization/multinews-dev100.jsonl [--stories 1000]
/// </summary>
internal static class BriefScale
{
    public static int Run(string[] args)
    {
        var count = 1000;
        var path = args[0];
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--stories" && i + 1 < args.Length)
            {
                count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
        }

        var cases = SummarizationDataset.Load(path).Where(c => c.Documents.Count > 0).ToList();
        var id = 0;
        var stories = Enumerable.Range(0, count).Select(s =>
        {
            var documents = cases[s % cases.Count].Documents;
            return Enumerable.Range(0, 3).Select(d => new Article
            {
                Id = ++id,
                Url = $"urn:bench:{s}:{d}",
                Title = "",
                Language = "en",
                Paragraphs = documents[d % documents.Count].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            }).ToList();
        }).ToList();

        var clock = Stopwatch.StartNew();
        var analyzed = stories.Select(s => s.Select(a => TextAnalyzer.Analyze(a, language: "en")).ToList()).ToList();
        Console.WriteLine($"{count:N0} stories of 3 sources; analysis {clock.Elapsed.TotalSeconds:F1} s (not part of the brief figure)");

        var site = new SiteSettings();
        foreach (var story in analyzed.Take(50))
        {
            AdHocBrief.Write(story, "en", site);
        }

        clock.Restart();
        var sections = 0;
        foreach (var story in analyzed)
        {
            sections += AdHocBrief.Write(story, "en", site).Sections.Count;
        }

        clock.Stop();
        Console.WriteLine($"briefs: {clock.Elapsed.TotalSeconds:F2} s for {count:N0} ({count / clock.Elapsed.TotalSeconds:F0} briefs/s, {clock.Elapsed.TotalMilliseconds / count:F2} ms each, {sections / (double)count:F1} sections per brief)");
        return 0;
    }
}
