using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>
/// Ranks an article's key terms: phrases by <see cref="PhraseRanker"/> (PositionRank over content words), those that
/// <see cref="NameFinder"/> also finds marked as names, then the article's leading figures. Story-level terms merge the
/// articles' lists (see <see cref="Merge"/>).
/// </summary>
public static class KeyTermExtractor
{
    private const int FiguresKept = 3;

    public static IReadOnlyList<KeyTerm> Extract(string title, IReadOnlyList<AnalyzedSentence> sentences, string language, int limit = 15)
    {
        var texts = new[] { title }.Concat(sentences.Select(s => s.Text)).ToList();
        var names = texts.SelectMany(t => NameFinder.Find(t, language)).Select(n => TermNormalizer.Key(n, language)).ToHashSet(StringComparer.Ordinal);
        var phrases = PhraseRanker.Rank(texts, language)
            .Take(limit)
            .Select(p => new KeyTerm(p.Surface, Math.Round(p.Score * 100, 4), names.Contains(TermNormalizer.Key(p.Surface, language)) ? KeyTermKind.Name : KeyTermKind.Phrase))
            .ToList();
        var lowest = phrases.Count == 0 ? 1 : phrases[^1].Score;
        var figures = texts.SelectMany(FigureFinder.Find).Distinct(StringComparer.Ordinal).Take(FiguresKept)
            .Select((f, i) => new KeyTerm(f, Math.Round(lowest * 0.9 / (i + 1), 4), KeyTermKind.Figure));
        return phrases.Concat(figures)
            .Select(t => t with { Explanation = Explain(t.Term, sentences) })
            .ToList();
    }

    /// <summary>Merges per-article key terms into story terms: summed scores reward terms many sources share.</summary>
    public static IReadOnlyList<KeyTerm> Merge(IEnumerable<IReadOnlyList<KeyTerm>> perArticle, string language, int limit = 12)
    {
        var merged = new Dictionary<string, (KeyTerm Term, double Score, int Sources)>();
        foreach (var terms in perArticle)
        {
            var max = terms.Count == 0 ? 1 : terms.Max(t => t.Score);
            foreach (var term in terms)
            {
                var key = TermNormalizer.Key(term.Term, language);
                merged[key] = merged.TryGetValue(key, out var seen)
                    ? (seen.Term, seen.Score + term.Score / max, seen.Sources + 1)
                    : (term, term.Score / max, 1);
            }
        }

        return merged.Values
            .OrderByDescending(m => m.Score * (1 + 0.5 * (m.Sources - 1))).ThenBy(m => m.Term.Term, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => m.Term with { Score = Math.Round(m.Score, 4) })
            .ToList();
    }

    private static string? Explain(string term, IReadOnlyList<AnalyzedSentence> sentences) =>
        sentences.FirstOrDefault(s => s.Text.Contains(term, StringComparison.OrdinalIgnoreCase) && s.Text.Length is > 40 and < 320)?.Text;
}
