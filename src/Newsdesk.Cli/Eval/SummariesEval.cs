using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Llm;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Eval;
using Newsdesk.Infrastructure.Pipeline;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// ROUGE of the extractive engine's summaries against reference summaries, with the classic baseline computed in the
/// same run: on a single-document set (SummEval's CNN/DailyMail sample) a 3-sentence summary against Lead-3, and
/// SummEval's own Lead-3 output scored the same way (it must match our Lead-3: that checks the scorer); on a
/// multi-document set (Multi-News) a 250-word summary against First-3 (each source's first three sentences, cut
/// at 250 words).
/// </summary>
internal static class SummariesEval
{
    private const int SingleDocumentSentences = 3;
    private const int MultiDocumentWords = 250;

    public static int Run(string path, bool json, string? briefsFolder = null)
    {
        if (briefsFolder is not null)
        {
            Directory.CreateDirectory(briefsFolder);
        }

        var cases = SummarizationDataset.Load(path);
        var single = cases.All(c => c.Documents.Count == 1);
        var clock = new Stopwatch();
        var ours = new List<RougeScorer.Score>();
        var baseline = new List<RougeScorer.Score>();
        var published = new List<RougeScorer.Score>();
        var quality = BriefQuality.Empty;
        var budget = (Prompt: 0L, Whole: 0L);
        var grounding = GroundingProbe.Empty;
        var site = new SiteSettings();
        foreach (var (c, index) in cases.Select((c, i) => (c, i)))
        {
            var articles = c.Documents.Select((d, i) => new Article
            {
                Id = (index * 1000) + i + 1,
                Url = $"urn:summary:{c.Id}:{i}",
                Title = "",
                Paragraphs = d.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            }).ToList();
            clock.Start();
            var analyses = articles.Select(a => TextAnalyzer.Analyze(a)).ToList();
            var summary = ExtractiveSummary.Summarize(analyses, single ? SingleDocumentSentences : int.MaxValue, single ? int.MaxValue : MultiDocumentWords);
            clock.Stop();
            var leads = single
                ? SentenceSplitter.Split(articles[0].Paragraphs).Take(SingleDocumentSentences).ToList()
                : CutAtWords(articles.SelectMany(a => SentenceSplitter.Split(a.Paragraphs).Take(3)), MultiDocumentWords);
            string[] references = [Lines(SentenceSplitter.Split(c.Reference))];
            ours.Add(RougeScorer.Compute(Lines(summary), references));
            baseline.Add(RougeScorer.Compute(Lines(leads), references));
            // The whole brief for the same sources, checked for the faults the quality report counts.
            var (brief, evidence) = AdHocBrief.Draft(analyses, site);
            // What the model engine would send for this story, against sending its articles whole (no model asked).
            budget = (budget.Prompt + BriefPrompt.For(brief, evidence).Tokens, budget.Whole + BriefPrompt.WithWholeArticles(brief, analyses).Tokens);
            grounding = grounding.Add(GroundingProbe.Run(GroundingCheck.For(brief, analyses), evidence, brief.FrontMatter.Language));
            if (briefsFolder is not null)
            {
                File.WriteAllText(Path.Combine(briefsFolder, $"{index + 1:000}.{brief.FrontMatter.Language}.md"), MarkdownBriefRenderer.Render(brief));
            }

            var texts = articles.ToDictionary(a => a.Url, a => a.Title + "\n" + a.Text);
            quality = quality.Add(brief, brief.Sources.ToDictionary(x => x.Number, x => texts.GetValueOrDefault(x.Url, "")));
            if (c.PublishedLead3 is { } lead3)
            {
                published.Add(RougeScorer.Compute(Lines(SentenceSplitter.Split(lead3)), references));
            }
        }

        var baselineName = single ? "Lead-3" : "First-3";
        Console.WriteLine($"{Path.GetFileName(path)}: {cases.Count} cases, {(single ? "3-sentence" : "250-word")} summaries; ROUGE F1 (×100) against the reference");
        Console.WriteLine($"{"system",-30} {"R-1",6} {"R-2",6} {"R-Lsum",6}");
        Print("newsdesk (extractive)", ours);
        Print(baselineName + " (computed here)", baseline);
        if (published.Count > 0)
        {
            Print("Lead-3 (SummEval's output)", published);
        }

        Console.WriteLine($"newsdesk: {cases.Count / clock.Elapsed.TotalSeconds:F0} cases/s (analysis + selection, one thread)");
        BriefQualityReport.Print(quality, "briefs");
        Console.WriteLine($"model prompt budget: {budget.Prompt / cases.Count:N0} tokens per brief (selected sentences) vs {budget.Whole / cases.Count:N0} with whole articles: ratio {budget.Prompt / (double)budget.Whole:0.000}");
        Console.WriteLine($"grounding check: {grounding.VerbatimFlagged} of {grounding.Verbatim} quoted evidence sentences flagged (false alarms); {grounding.AlteredCaught} of {grounding.Altered} with a figure changed caught");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "summaries",
                cases = cases.Count,
                rouge1 = Mean(ours, s => s.Rouge1),
                rouge2 = Mean(ours, s => s.Rouge2),
                rougeLsum = Mean(ours, s => s.RougeLsum),
                baseline = new { name = baselineName, rouge1 = Mean(baseline, s => s.Rouge1), rouge2 = Mean(baseline, s => s.Rouge2), rougeLsum = Mean(baseline, s => s.RougeLsum) },
                published_lead3 = published.Count == 0 ? null : new { name = "Lead-3 (SummEval output)", rouge1 = Mean(published, s => s.Rouge1), rouge2 = Mean(published, s => s.Rouge2), rougeLsum = Mean(published, s => s.RougeLsum) },
                llm_prompt = new
                {
                    tokens_per_brief = budget.Prompt / cases.Count,
                    whole_article_tokens_per_brief = budget.Whole / cases.Count,
                    ratio = Math.Round(budget.Prompt / (double)budget.Whole, 4),
                },
                grounding = new
                {
                    verbatim_sentences = grounding.Verbatim,
                    verbatim_flagged = grounding.VerbatimFlagged,
                    altered_sentences = grounding.Altered,
                    altered_caught = grounding.AlteredCaught,
                },
                brief_quality = BriefQualityReport.Figures(quality),
            }));
        }

        return 0;
    }

    private static string Lines(IEnumerable<string> sentences) => string.Join('\n', sentences);

    private static List<string> CutAtWords(IEnumerable<string> sentences, int words)
    {
        var kept = new List<string>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words <= 0)
            {
                break;
            }

            kept.Add(tokens.Length <= words ? sentence : string.Join(' ', tokens.Take(words)));
            words -= tokens.Length;
        }

        return kept;
    }

    private static double Mean(List<RougeScorer.Score> scores, Func<RougeScorer.Score, double> measure) =>
        scores.Count == 0 ? 0 : Math.Round(scores.Average(measure), 4);

    private static void Print(string name, List<RougeScorer.Score> scores) =>
        Console.WriteLine($"{name,-30} {Mean(scores, s => s.Rouge1) * 100,6:F2} {Mean(scores, s => s.Rouge2) * 100,6:F2} {Mean(scores, s => s.RougeLsum) * 100,6:F2}");
}
