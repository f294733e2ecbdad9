namespace Newsdesk.Core.Text;

/// <summary>
/// Tells English from German — and both from other languages — by counting each language's most frequent function
/// words, with words spelled with a language's own letters (ä ö ü ß; ł ś ż; ş ğ ı …) as extra evidence, and the
/// script for languages not written in Latin letters. No model download. Anything that is neither English nor
/// German comes back as its best guess among a few common languages (fr, es, it, nl, pt, pl, tr, sv, ru, ar, zh) or
/// "und", never as a wrong en/de.
/// </summary>
public static class LanguageIdentifier
{
    private static readonly Dictionary<string, HashSet<string>> OtherLanguages = new()
    {
        ["fr"] = ["le", "la", "les", "des", "est", "une", "et", "du", "pour", "dans", "que", "qui", "sur", "pas", "au", "avec", "ce", "sont", "être"],
        ["es"] = ["el", "los", "las", "del", "es", "una", "y", "que", "por", "para", "con", "se", "su", "al", "como", "más", "pero", "sus", "fue"],
        ["it"] = ["il", "di", "che", "è", "della", "per", "una", "sono", "gli", "nel", "con", "del", "non", "alla", "anche", "più", "dei", "delle"],
        ["nl"] = ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "voor", "niet", "met", "ook", "naar", "bij", "maar", "werd"],
        ["pt"] = ["o", "os", "da", "do", "das", "dos", "em", "um", "uma", "que", "não", "para", "com", "por", "mais", "foi", "ao", "pelo"],
        ["pl"] = ["i", "w", "z", "na", "się", "nie", "że", "jest", "do", "to", "o", "od", "po", "za", "jak", "co", "ale", "przez", "oraz", "jego", "już"],
        ["tr"] = ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "olan", "kadar", "sonra", "ise", "değil", "göre"],
        ["sv"] = ["och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "var", "men"],
    };

    /// <summary>Letters that only (or mostly) one language of the list uses.</summary>
    private static readonly (string Language, string Letters)[] OwnLetters =
    [
        ("de", "äöüß"), ("pl", "ąćęłńśźż"), ("tr", "ğışİ"), ("fr", "èêëàâçœ"), ("es", "ñ¿¡"), ("pt", "ãõ"), ("sv", "å"),
    ];

    public static string Identify(string text)
    {
        if (ScriptLanguage(text) is { } script)
        {
            return script;
        }

        var tokens = Tokenizer.Lower(text).Take(2000).ToList();
        if (tokens.Count == 0)
        {
            return "und";
        }

        var scores = new Dictionary<string, double>
        {
            ["en"] = tokens.Count(StopWords.English.Contains),
            ["de"] = tokens.Count(StopWords.German.Contains),
        };
        foreach (var (language, words) in OtherLanguages)
        {
            scores[language] = tokens.Count(words.Contains);
        }

        // A word written with a language's own letters is worth as much as a function word: Turkish "de" and "da"
        // would otherwise read as German, Polish "i", "a" and "to" as English.
        foreach (var (language, letters) in OwnLetters)
        {
            scores[language] += tokens.Count(t => t.AsSpan().IndexOfAny(letters) >= 0) * (language == "de" ? 0.5 : 1.0);
        }

        // English or German only when they win outright: a tie with another language reads as "not sure", and a
        // wrong en/de is worse than "other".
        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key is "en" or "de" ? 1 : 0).First();
        return best.Value > 0 ? best.Key : SpellingGuess(tokens);
    }

    /// <summary>A headline with no function word at all ("Council approves flood relief fund"): English and German
    /// spelling habits decide, and a text with neither stays undetermined.</summary>
    private static string SpellingGuess(List<string> tokens)
    {
        var english = tokens.Count(t => t.Contains("th", StringComparison.Ordinal) || t.Contains("wh", StringComparison.Ordinal)
            || t.EndsWith("tion", StringComparison.Ordinal) || t.EndsWith("ing", StringComparison.Ordinal) || t.EndsWith("ves", StringComparison.Ordinal)
            || (t.EndsWith('s') && !t.EndsWith("ss", StringComparison.Ordinal) && t.Length > 4 && !t.Contains("sch", StringComparison.Ordinal)));
        var german = tokens.Count(t => t.Contains("sch", StringComparison.Ordinal) || t.Contains("ei", StringComparison.Ordinal)
            || t.EndsWith("ung", StringComparison.Ordinal) || t.EndsWith("keit", StringComparison.Ordinal) || t.EndsWith("heit", StringComparison.Ordinal)
            || t.Contains("tz", StringComparison.Ordinal) || t.EndsWith("chen", StringComparison.Ordinal));
        return english > german ? "en" : german > english ? "de" : "und";
    }

    /// <summary>The language of a text mostly written in a non-Latin script, or null for Latin text.</summary>
    private static string? ScriptLanguage(string text)
    {
        int latin = 0, cyrillic = 0, arabic = 0, cjk = 0;
        foreach (var c in text.Length > 4000 ? text[..4000] : text)
        {
            if (c < 'A')
            {
                continue;
            }

            if (c <= 'ɏ' && char.IsLetter(c))
            {
                latin++;
            }
            else if (c is >= 'Ѐ' and <= 'ӿ')
            {
                cyrillic++;
            }
            else if (c is >= '؀' and <= 'ۿ')
            {
                arabic++;
            }
            else if (c is >= '぀' and <= '鿿')
            {
                cjk += 2; // one CJK character carries about a word
            }
        }

        var other = Math.Max(cyrillic, Math.Max(arabic, cjk));
        return other <= latin ? null : other == cyrillic ? "ru" : other == arabic ? "ar" : "zh";
    }
}
