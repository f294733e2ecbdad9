using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// Language identification on labelled texts (the SemEval-2022 pair files): accuracy on whole texts and on their
/// headlines, with the confusion table (gold language by en / de / other).
/// </summary>
internal static class LanguageEval
{
    public static int Run(string path, bool json)
    {
        var samples = LanguageDataset.Load(path);
        var clock = Stopwatch.StartNew();
        var texts = LanguageScorer.Score(samples.Select(s => (s.Language, LanguageIdentifier.Identify(s.Text))).ToList());
        clock.Stop();
        var headlines = LanguageScorer.Score(samples.Select(s => (s.Language, LanguageIdentifier.Identify(s.Headline))).ToList());

        Console.WriteLine($"{samples.Count} texts; {samples.Count / clock.Elapsed.TotalSeconds:F0} texts/s");
        foreach (var (name, result) in new[] { ("texts", texts), ("headlines", headlines) })
        {
            Console.WriteLine($"{name}: accuracy {result.Accuracy:F4} (en/de named right {result.EnglishGermanAccuracy:F4}, other languages kept out of en/de {result.OtherRejected:F4})");
            Console.WriteLine($"  {"gold",-6} {"en",6} {"de",6} {"other",6}");
            foreach (var (gold, row) in result.Confusion)
            {
                Console.WriteLine($"  {gold,-6} {row.GetValueOrDefault("en"),6} {row.GetValueOrDefault("de"),6} {row.GetValueOrDefault("other"),6}");
            }
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "language",
                texts = samples.Count,
                accuracy = Math.Round(texts.Accuracy, 4),
                en_de_accuracy = Math.Round(texts.EnglishGermanAccuracy, 4),
                other_rejected = Math.Round(texts.OtherRejected, 4),
                headline_accuracy = Math.Round(headlines.Accuracy, 4),
                headline_en_de_accuracy = Math.Round(headlines.EnglishGermanAccuracy, 4),
                headline_other_rejected = Math.Round(headlines.OtherRejected, 4),
            }));
        }

        return 0;
    }
}
