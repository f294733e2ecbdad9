using System.Diagnostics;
using AngleSharp.Html.Parser;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Extract;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Bench;

/// <summary>
/// Newsdesk's extractor against SmartReader (the C# port of Mozilla Readability) on an extraction set: F1 by the
/// benchmark's protocol and pages/s on one thread with every page already decoded in memory. A plain AngleSharp
/// parse is timed alongside, because it is the floor any DOM-based extractor pays.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- extract-compare ../shared/data/extraction/scrapinghub
/// </summary>
internal static class ExtractorComparison
{
    private const int Rounds = 7;

    public static int Run(string path)
    {
        var dataset = ExtractionDataset.Load(path);
        var ids = dataset.Truth.Keys.Order(StringComparer.Ordinal).ToList();
        var pages = ids.Select(id => (Html: HtmlDecoder.Decode(dataset.Html(id), null), Url: new Uri(dataset.Truth[id].Url), Truth: dataset.Truth[id].Body)).ToList();

        var contenders = new (string Name, Func<string, Uri, string> Extract)[]
        {
            ("newsdesk", ArticleExtractor.TextOrEmpty),
            ("SmartReader", SmartReaderText),
            ("AngleSharp parse only", ParseOnly),
        };

        var scores = contenders.Select(c => ExtractionScorer.Score(pages.Select(p => ((string?)c.Extract(p.Html, p.Url), (string?)p.Truth)))).ToList();

        // Rounds interleave the contenders, so a slow patch of the machine hits all of them; each keeps its best round.
        var best = contenders.Select(_ => double.MaxValue).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < contenders.Length; c++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var (html, url, _) in pages)
                {
                    contenders[c].Extract(html, url);
                }

                best[c] = Math.Min(best[c], clock.Elapsed.TotalSeconds);
            }
        }

        Console.WriteLine($"{"extractor",-24} {"precision",9} {"recall",9} {"f1",9} {"pages/s",9} {"ms/page",9}");
        var rates = new Dictionary<string, double>();
        for (var c = 0; c < contenders.Length; c++)
        {
            var (name, _) = contenders[c];
            var rate = pages.Count / best[c];
            rates[name] = rate;
            var f1 = name.StartsWith("AngleSharp", StringComparison.Ordinal) ? "" : $"{scores[c].Precision,9:F4} {scores[c].Recall,9:F4} {scores[c].F1,9:F4}";
            Console.WriteLine($"{name,-24} {f1,29} {rate,9:F1} {1000 / rate,9:F2}");
        }

        Console.WriteLine($"newsdesk / SmartReader throughput: {rates["newsdesk"] / rates["SmartReader"]:F2}x");
        return 0;
    }

    private static string SmartReaderText(string html, Uri url)
    {
        var article = new SmartReader.Reader(url.ToString(), html).GetArticle();
        return article.IsReadable ? article.TextContent ?? "" : "";
    }

    private static string ParseOnly(string html, Uri url)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.Title ?? "";
    }
}
