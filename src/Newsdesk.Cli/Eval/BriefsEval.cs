using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Model;
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

        Console.WriteLine($"brief quality over {quality.Briefs} stored briefs: cross-section duplicates {quality.CrossSectionDuplicates}, repeated facts {quality.RepeatedFacts}, " +
            $"FAQ misfits {quality.FaqMisfits}, empty labels {quality.EmptyLabels}, uncited sentences {quality.UncitedSentences}, citations not in the cited source {quality.UnsupportedCitations}, " +
            $"empty tags {quality.EmptyTags}; key terms without an explanation {quality.UnexplainedKeyTerms}");
        Console.WriteLine("sections present: " + string.Join(", ", Enum.GetValues<BriefSectionKind>().Select(k => $"{k} {quality.Share(k):P0}")));
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "briefs",
                briefs = quality.Briefs,
                cross_section_duplicates = quality.CrossSectionDuplicates,
                repeated_facts = quality.RepeatedFacts,
                faq_misfits = quality.FaqMisfits,
                empty_labels = quality.EmptyLabels,
                uncited_sentences = quality.UncitedSentences,
                unsupported_citations = quality.UnsupportedCitations,
                empty_tags = quality.EmptyTags,
                unexplained_key_terms = quality.UnexplainedKeyTerms,
                sections = Enum.GetValues<BriefSectionKind>().ToDictionary(k => k.ToString(), k => Math.Round(quality.Share(k), 4)),
            }));
        }

        return 0;
    }
}
