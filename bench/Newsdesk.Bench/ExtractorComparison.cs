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
    private const int Rounds = 5;

    public static int Run(string path)
    {
        var dataset = ExtractionDataset.Load(path);
        var ids = dataset.Truth.Keys.Order(StringComparer.Ordinal).ToList();
        var pages = ids.Select(id => (Html: HtmlDecoder.Decode(dataset.Html(id), null), Url: new Uri(dataset.Truth[id].Url), Truth: dataset.Truth[id].Body)).ToList();

        var contenders = new (string Name, Func<string, Uri, string> Extract)[]
        {
            ("newsdesk", Newsdesk),
            ("SmartReader", SmartReaderText),
            ("AngleSharp parse only", ParseOnly),
        };

        Console.WriteLine($"{"extractor",-24} {"precision",9} {"recall",9} {"f1",9} {"pages/s",9} {"ms/page",9}");
        var rates = new Dictionary<string, double>();
        foreach (var (name, extract) in contenders)
        {
            var outputs = pages.Select(p => extract(p.Html, p.Url)).ToList();
            var score = ExtractionScorer.Score(outputs.Select((o, i) => ((string?)o, (string?)pages[i].Truth)));

            // Warm-up done above; best of several rounds so a GC pause or a noisy neighbour does not decide.
            var best = double.MaxValue;
            for (var round = 0; round < Rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var (html, url, _) in pages)
                {
                    extract(html, url);
                }

                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }

            var rate = pages.Count / best;
            rates[name] = rate;
            var f1 = name.StartsWith("AngleSharp", StringComparison.Ordinal) ? "" : $"{score.Precision,9:F4} {score.Recall,9:F4} {score.F1,9:F4}";
            Console.WriteLine($"{name,-24} {f1,29} {rate,9:F1} {1000 / rate,9:F2}");
        }

        Console.WriteLine($"newsdesk / SmartReader throughput: {rates["newsdesk"] / rates["SmartReader"]:F2}x");
        return 0;
    }

    private static string Newsdesk(string html, Uri url)
    {
        try
        {
            return ArticleExtractor.Extract(html, url).Text;
        }
        catch (NoArticleException)
        {
            return "";
        }
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
