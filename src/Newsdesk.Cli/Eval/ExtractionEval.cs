using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Extract;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// Scores Newsdesk's extractor on an extraction set and, in the same run, every peer output in peers/.
/// Pages are read and decoded before the clock starts, and the scored pass also warms the code up; docs/s is the best
/// of three timed passes: extraction alone, on one thread.
/// </summary>
internal static class ExtractionEval
{
    private const int TimedRounds = 3;

    public static int Run(string path, bool json, string? writeMisses = null)
    {
        if (SnippetExtractionDataset.IsSnippetSet(path))
        {
            return RunSnippets(path, json, writeMisses);
        }

        var dataset = ExtractionDataset.Load(path);
        var ids = dataset.Truth.Keys.Order(StringComparer.Ordinal).ToList();
        var pages = ids.Select(id => (Id: id, Html: HtmlDecoder.Decode(dataset.Html(id), null), Url: new Uri(dataset.Truth[id].Url))).ToList();

        var predicted = pages.ToDictionary(p => p.Id, p => ArticleExtractor.TextOrEmpty(p.Html, p.Url));
        var best = BestTime(pages.Select(p => (p.Html, p.Url)).ToList());

        var ours = ExtractionScorer.Score(ids.Select(id => ((string?)predicted[id], (string?)dataset.Truth[id].Body)));
        var peers = dataset.Peers().ToDictionary(
            p => p.Key,
            p => ExtractionScorer.Score(ids.Select(id => ((string?)p.Value.GetValueOrDefault(id), (string?)dataset.Truth[id].Body))));
        var docsPerSecond = pages.Count / best.TotalSeconds;

        Console.WriteLine($"{"extractor",-16} {"precision",9} {"recall",9} {"f1",9}");
        Console.WriteLine($"{"newsdesk",-16} {ours.Precision,9:F4} {ours.Recall,9:F4} {ours.F1,9:F4}   ({docsPerSecond:F1} docs/s)");
        foreach (var (name, score) in peers.OrderByDescending(p => p.Value.F1))
        {
            Console.WriteLine($"{name,-16} {score.Precision,9:F4} {score.Recall,9:F4} {score.F1,9:F4}");
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "extraction",
                docs = ours.Docs,
                precision = Math.Round(ours.Precision, 4),
                recall = Math.Round(ours.Recall, 4),
                f1 = Math.Round(ours.F1, 4),
                docs_per_s = Math.Round(docsPerSecond, 1),
                peers = peers.ToDictionary(p => p.Key, p => Math.Round(p.Value.F1, 4)),
            }));
        }

        return 0;
    }

    /// <summary>
    /// A set scored by snippets (trafilatura's evaluation): the extracted title and text of each page against the
    /// snippets that belong to its main text and those that must not appear; refused pages are listed with their reason.
    /// </summary>
    private static int RunSnippets(string path, bool json, string? writeMisses)
    {
        var dataset = SnippetExtractionDataset.Load(path);
        var pages = dataset.Pages.Select(p => (Page: p, Html: HtmlDecoder.Decode(dataset.Html(p), null), Url: AddressOf(p))).ToList();
        var refused = new List<(string Url, string Reason)>();
        var extracted = pages.Select(p =>
        {
            try
            {
                var article = ArticleExtractor.Extract(p.Html, p.Url);
                return article.Title + "\n" + article.Text;
            }
            catch (Exception ex) when (ex is NoArticleException or InvalidOperationException or ArgumentException)
            {
                refused.Add((p.Page.Url, ex.Message));
                return "";
            }
        }).ToList();

        var best = BestTime(pages.Select(p => (p.Html, p.Url)).ToList());

        var checks = pages.Select((p, i) => SnippetScorer.Check(extracted[i], p.Page.With, p.Page.Without)).ToList();
        var counts = SnippetScorer.Sum(checks.Select(c => c.Counts));
        if (writeMisses is not null)
        {
            // What each page lost and let in, to read.
            File.WriteAllLines(writeMisses, pages.Select((p, i) => JsonSerializer.Serialize(new { url = p.Page.Url, missed = checks[i].Missed, leaked = checks[i].Leaked })));
        }

        var pagesPerSecond = pages.Count / best.TotalSeconds;
        Console.WriteLine($"{"extractor",-16} {"precision",9} {"recall",9} {"f1",9}   snippets: {counts.TruePositives + counts.FalseNegatives} with, {counts.FalsePositives + counts.TrueNegatives} without");
        Console.WriteLine($"{"newsdesk",-16} {counts.Precision,9:F4} {counts.Recall,9:F4} {counts.F1,9:F4}   ({pagesPerSecond:F1} pages/s, {pages.Count} pages, {refused.Count} refused)");
        foreach (var (url, reason) in refused)
        {
            Console.WriteLine($"  refused: {url}: {reason}");
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "extraction-snippets",
                docs = pages.Count,
                precision = Math.Round(counts.Precision, 4),
                recall = Math.Round(counts.Recall, 4),
                f1 = Math.Round(counts.F1, 4),
                docs_per_s = Math.Round(pagesPerSecond, 1),
                refused = refused.Select(r => r.Url).ToList(),
            }));
        }

        return 0;
    }

    /// <summary>The page's address; entries keyed by a label instead ("hard::site-name.html") get one under example.org.</summary>
    private static Uri AddressOf(SnippetPage page) =>
        Uri.TryCreate(page.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : new Uri("https://example.org/" + Uri.EscapeDataString(page.File));

    /// <summary>The best of <see cref="TimedRounds"/> passes of extraction alone over pages already decoded in memory.</summary>
    private static TimeSpan BestTime(IReadOnlyList<(string Html, Uri Url)> pages)
    {
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < TimedRounds; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (html, url) in pages)
            {
                ArticleExtractor.TextOrEmpty(html, url);
            }

            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }
}
