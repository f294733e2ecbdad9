using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// The brief quality report (<see cref="BriefQuality"/>) over the briefs a data directory holds, each checked against
/// its stored sources: what `eval summaries` reports for the dev sets, for the demo or for one's own news.
/// </summary>
internal static class BriefsEval
{
    public static int Run(string dataDir, bool json)
    {
        var database = Path.Combine(dataDir, "newsdesk.db");
        if (!File.Exists(database))
        {
            throw new FileNotFoundException($"no Newsdesk store in {dataDir} (expected {database}); give the data directory of a run or the demo");
        }

        using var store = NewsStore.Open(database);
        var quality = BriefQuality.Empty;
        foreach (var brief in store.Briefs.Each())
        {
            var texts = store.Articles.ByUrls(brief.Sources.Select(s => s.Url)).ToDictionary(a => a.Url, a => a.Title + "\n" + a.Text, StringComparer.Ordinal);
            quality = quality.Add(brief, brief.Sources.ToDictionary(s => s.Number, s => texts.GetValueOrDefault(s.Url, "")));
        }

        BriefQualityReport.Print(quality, "stored briefs");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { suite = "briefs", quality = BriefQualityReport.Figures(quality) }));
        }

        return 0;
    }
}
