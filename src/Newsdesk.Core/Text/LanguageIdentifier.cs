namespace Newsdesk.Core.Text;

/// <summary>
/// Tells English from German (and "other") by counting each language's most frequent function words,
/// with German-only letters as a tie-breaker for short titles. No model download.
/// </summary>
public static class LanguageIdentifier
{
    private static readonly Dictionary<string, HashSet<string>> OtherLanguages = new()
    {
        ["fr"] = ["le", "la", "les", "des", "est", "une", "et", "du", "pour", "dans", "que", "qui", "sur", "pas", "au"],
        ["es"] = ["el", "los", "las", "del", "es", "una", "y", "que", "por", "para", "con", "se", "su", "al", "como"],
        ["it"] = ["il", "di", "che", "è", "della", "per", "una", "sono", "gli", "nel", "con", "del", "non", "alla"],
        ["nl"] = ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "voor", "niet", "met", "ook"],
    };

    public static string Identify(string text)
    {
        var tokens = Tokenizer.Lower(text).Take(2000).ToList();
        if (tokens.Count == 0)
        {
            return "und";
        }

        var scores = new Dictionary<string, double>
        {
            ["en"] = tokens.Count(StopWords.English.Contains),
            ["de"] = tokens.Count(StopWords.German.Contains) + (text.AsSpan().IndexOfAny("äöüßÄÖÜ") >= 0 ? 1.5 : 0),
        };
        foreach (var (language, words) in OtherLanguages)
        {
            scores[language] = tokens.Count(words.Contains);
        }

        var best = scores.MaxBy(kv => kv.Value);
        return best.Value <= 0 ? "und" : best.Key;
    }
}
