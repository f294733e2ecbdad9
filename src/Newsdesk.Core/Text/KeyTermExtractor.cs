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

    public static IReadOnlyList<KeyTerm> Extract(string title, IReadOnlyList<AnalyzedSentence> sentences, string language, BackgroundFrequencies? background = null, int limit = 15)
    {
        var texts = new[] { title }.Concat(sentences.Select(s => s.Text)).ToList();
        var phrases = new List<KeyTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in PhraseRanker.Rank(texts, language, background))
        {
            var (term, name) = Typed(phrase.Surface, texts, language);
            // "director Fiona Hale" and "Fiona Hale" are one person: the better-ranked form stays.
            var (termKey, nameKey) = (TermNormalizer.Key(term.Term, language), TermNormalizer.Key(name, language));
            if (!seen.Contains(termKey) && !seen.Contains(nameKey))
            {
                seen.Add(termKey);
                seen.Add(nameKey);
                phrases.Add(term with { Score = Math.Round(phrase.Score * 100, 4) });
            }

            if (phrases.Count == limit)
            {
                break;
            }
        }

        var lowest = phrases.Count == 0 ? 1 : phrases[^1].Score;
        var figures = texts.SelectMany(FigureFinder.Find).Distinct(StringComparer.Ordinal).Take(FiguresKept)
            .Select((f, i) => new KeyTerm(f, Math.Round(lowest * 0.9 / (i + 1), 4), FigureFinder.Kind(f)));
        return phrases.Concat(figures)
            .Select(t => t with { Explanation = Explain(t.Term, sentences) })
            .ToList();
    }

    /// <summary>A phrase as a key term: a person introduced by a role ("Mayor Ruth Calloway" — the role stays, it tells
    /// the reader who she is), a name with its kind, or a plain phrase; with the name without its role.</summary>
    private static (KeyTerm Term, string Name) Typed(string surface, IReadOnlyList<string> texts, string language)
    {
        var words = Tokenizer.Words(surface).ToList();
        if (NameTyper.LeadingRole(words, language) is { } role)
        {
            var person = After(surface, role);
            var personKind = NameTyper.Type(person, texts, language);
            return (new KeyTerm(surface, 0, personKind is KeyTermKind.Organisation or KeyTermKind.Place ? personKind : KeyTermKind.Person), person);
        }

        if (NameTyper.LeadingOrganisationNoun(words) is { } lead)
        {
            return (new KeyTerm(surface, 0, KeyTermKind.Organisation), After(surface, lead));
        }

        // A capitalised phrase is a name only when some sentence capitalises it mid-way: at a sentence start a
        // capital says nothing ("Households", "Kriminelle Namen"). A German single word is a noun unless its suffix
        // or its use ("in Neustedt") makes it an organisation or a place.
        if (!words.All(w => char.IsUpper(w[0])) || ((words.Count == 1 || language == "de") && !texts.Any(t => CapitalisedMidSentence(t, surface))))
        {
            var sentenceCase = language != "de" && char.IsUpper(surface[0]) && !surface.Skip(1).Any(char.IsUpper);
            return (new KeyTerm(sentenceCase ? surface.ToLowerInvariant() : surface, 0, KeyTermKind.Phrase), surface);
        }

        var kind = NameTyper.Type(surface, texts, language);
        return language == "de" && words.Count == 1 && kind is not (KeyTermKind.Organisation or KeyTermKind.Place) && surface.Any(char.IsLower)
            ? (new KeyTerm(surface, 0, KeyTermKind.Phrase), surface)
            : (new KeyTerm(surface, 0, kind), surface);
    }

    private static bool CapitalisedMidSentence(string text, string surface)
    {
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(0, at).TrimEnd();
            if (before.Length > 0 && char.IsLetterOrDigit(before[^1]) || before.Length > 0 && before[^1] is ',' or '(' or '-' or '–')
            {
                return true;
            }
        }

        return false;
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
                // "Gewerkschaft TransVer" in one source and "TransVer" in another are one key term.
                var key = TermNormalizer.Key(BareName(term.Term, language), language);
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

    /// <summary>A term without the role or kind noun in front of a name: "Fiona Hale" for "director Fiona Hale".</summary>
    public static string BareName(string term, string language)
    {
        var words = Tokenizer.Words(term).ToList();
        var lead = NameTyper.LeadingRole(words, language) ?? NameTyper.LeadingOrganisationNoun(words);
        return lead is null ? term : After(term, lead);
    }

    /// <summary>The rest of a term after its leading role or kind noun.</summary>
    private static string After(string term, string lead) => term[(term.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..].Trim();

    private static string? Explain(string term, IReadOnlyList<AnalyzedSentence> sentences) =>
        sentences.FirstOrDefault(s => s.Text.Contains(term, StringComparison.OrdinalIgnoreCase) && s.Text.Length is > 40 and < 320)?.Text;
}
