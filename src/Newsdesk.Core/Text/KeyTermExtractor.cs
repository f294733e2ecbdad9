using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>
/// Ranks an article's key phrases: candidate names and noun-like runs between stop words, scored by frequency,
/// presence in the title and earliness. Story-level terms merge the articles' lists (see <see cref="Merge"/>).
/// </summary>
public static class KeyTermExtractor
{
    public static IReadOnlyList<KeyTerm> Extract(string title, IReadOnlyList<AnalyzedSentence> sentences, string language, int limit = 15)
    {
        var candidates = new Dictionary<string, (string Surface, double Score, KeyTermKind Kind)>();
        var titleKeys = new HashSet<string>(TermNormalizer.Terms(title, language));
        var all = new[] { new AnalyzedSentence(title, -1, -1, []) }.Concat(sentences).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var text = all[i].Text;
            var position = 1.0 + 2.0 / (i + 1);
            foreach (var name in NameFinder.Find(text, language))
            {
                Add(candidates, name, language, position * 1.5, KeyTermKind.Name, titleKeys);
            }

            foreach (var phrase in Phrases(text, language))
            {
                Add(candidates, phrase, language, position, KeyTermKind.Phrase, titleKeys);
            }

            foreach (var figure in FigureFinder.Find(text))
            {
                Add(candidates, figure, language, position * 0.8, KeyTermKind.Figure, titleKeys);
            }
        }

        return candidates.Values
            .OrderByDescending(c => c.Score).ThenBy(c => c.Surface, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new KeyTerm(c.Surface, Math.Round(c.Score, 4), c.Kind) { Explanation = Explain(c.Surface, sentences) })
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

    private static void Add(Dictionary<string, (string Surface, double Score, KeyTermKind Kind)> candidates, string surface,
        string language, double weight, KeyTermKind kind, HashSet<string> titleKeys)
    {
        var key = TermNormalizer.Key(surface, language);
        if (key.Length < 3)
        {
            return;
        }

        var words = key.Split(' ');
        var inTitle = words.Count(titleKeys.Contains) / (double)words.Length;
        var score = weight * (1 + inTitle) * (1 + 0.3 * (words.Length - 1));
        candidates[key] = candidates.TryGetValue(key, out var seen)
            ? (seen.Surface, seen.Score + score, seen.Kind == KeyTermKind.Name ? seen.Kind : kind)
            : (surface, score, kind);
    }

    private static IEnumerable<string> Phrases(string text, string language)
    {
        var run = new List<string>();
        foreach (var word in Tokenizer.Words(text).Append(""))
        {
            var lower = word.ToLowerInvariant();
            var content = word.Length > 2 && !StopWords.IsStopWord(lower) && !char.IsDigit(word[0]);
            if (content && run.Count < 3)
            {
                run.Add(word);
                continue;
            }

            // German nouns are capitalised: keep those; English keeps every content word run.
            var kept = language == "de" ? run.Where(w => char.IsUpper(w[0])).ToList() : run;
            if (kept.Count > 0)
            {
                yield return string.Join(' ', kept);
            }

            run.Clear();
            if (content)
            {
                run.Add(word);
            }
        }
    }

    private static string? Explain(string term, IReadOnlyList<AnalyzedSentence> sentences) =>
        sentences.FirstOrDefault(s => s.Text.Contains(term, StringComparison.OrdinalIgnoreCase) && s.Text.Length is > 40 and < 320)?.Text;
}
