using System.Globalization;
using System.Text;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Llm;

/// <summary>
/// The request for a story's brief: the extractive engine's best distinct sentences with their citation numbers —
/// not whole articles — so a brief costs a bounded, small number of tokens however long the sources are.
/// </summary>
public static class BriefPrompt
{
    /// <summary>Sentences offered to the model. Enough for every section without repeats (the extractive brief
    /// itself uses at most 17), few enough that the prompt stays near a thousand tokens.</summary>
    public const int EvidenceSentences = 20;

    public const string Purpose = "brief";

    public static LlmPrompt For(StoryBrief extractive, IReadOnlyList<EvidenceSentence> evidence) =>
        new(Purpose, Instructions, Material(extractive, evidence.OrderBy(e => e.Citation).ThenBy(e => e.Position).Select(e => $"[{e.Citation}] {e.Text}")));

    /// <summary>The same request carrying every source whole: what sending full articles would cost (measured, never sent).</summary>
    public static LlmPrompt WithWholeArticles(StoryBrief extractive, IReadOnlyList<ArticleAnalysis> articles)
    {
        var numbers = extractive.Sources.ToDictionary(s => s.Url, s => s.Number, StringComparer.Ordinal);
        return new(Purpose, Instructions, Material(extractive, articles
            .Select(a => (Number: numbers[a.Article.Url], a.Article))
            .OrderBy(a => a.Number)
            .Select(a => $"[{a.Number}] {a.Article.Title}\n{a.Article.Text}")));
    }

    internal const string Instructions = """
        You are the editor of a news brief. Write only from the numbered evidence; add nothing it does not say.
        End every sentence with the numbers of the sources it rests on in square brackets, e.g. [1] or [1][3].
        Copy names, numbers, dates and direct quotes exactly as the evidence has them.
        Never put a sentence or a paraphrase of it in two sections; leave a list empty rather than pad it.
        Answer with one JSON object and nothing else, with these fields:
        title: a headline for the story; tldr: one sentence; summary: 3 to 5 sentences;
        why_it_matters: 1 or 2 sentences on consequences; key_points: up to 4 distinct facts (figures, names, dates);
        perspectives: where sources differ or someone is quoted, objects {"who", "text"};
        faq: up to 4 objects {"question", "answer"} a reader would ask (who, what, when, how much, what next);
        take: one or two sentences of your own editorial opinion, still citing what they rest on.
        """;

    private static string Material(StoryBrief extractive, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        text.Append("Write the brief in ").Append(LanguageName(extractive.FrontMatter.Language)).Append(".\n\nSources:\n");
        foreach (var source in extractive.Sources)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{source.Number}] {source.Title} — {source.Publisher ?? new Uri(source.Url).Host}")
                .Append(source.Published is { } date ? date.ToString(", yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
                .Append(CultureInfo.InvariantCulture, $" ({source.Language})\n");
        }

        // A story that grew: the model is told what the new reports added (the extractive lead and What's new, quotes
        // with their numbers) and asked to lead with it; what newer reports superseded is not in the evidence at all.
        if (extractive.Section(BriefSectionKind.WhatsNew) is { } whatsNew)
        {
            text.Append("\nThe story grew since its last version. New since then (lead the title and tldr with it; state nothing it replaced as current):\n");
            foreach (var item in (extractive.Section(BriefSectionKind.TlDr)?.Items ?? []).Concat(whatsNew.Items).Where(i => i.Citations.Count > 0))
            {
                text.Append(string.Concat(item.Citations.Select(n => $"[{n}]"))).Append(' ').Append(item.Text).Append('\n');
            }
        }

        text.Append("\nEvidence:\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    internal static string LanguageName(string language) => language == "de" ? "German" : "English";
}
