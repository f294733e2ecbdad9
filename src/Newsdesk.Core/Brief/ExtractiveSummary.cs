using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// The extractive engine's plain summary: the sentences the brief writer would quote first (centrality across
/// sources, position, key-term coverage, MMR against repetition), within a sentence and word budget. What
/// `newsdesk eval summaries` scores against reference summaries.
/// </summary>
public static class ExtractiveSummary
{
    public static IReadOnlyList<string> Summarize(IReadOnlyList<ArticleAnalysis> articles, int maxSentences, int maxWords)
    {
        if (articles.Count == 0)
        {
            return [];
        }

        var language = articles[0].Language;
        var citations = articles.Select((a, i) => (a.Article.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var pool = new SentencePool(articles, citations, StoryKeyTerms.Of(articles, language).Words, language);
        var summary = new List<string>();
        var words = 0;
        while (summary.Count < maxSentences && words < maxWords && pool.Take(1) is [var next])
        {
            var sentenceWords = next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var room = maxWords - words;
            summary.Add(sentenceWords.Length <= room ? next.Text : string.Join(' ', sentenceWords.Take(room)));
            words += Math.Min(room, sentenceWords.Length);
        }

        return summary;
    }
}
