namespace Newsdesk.Core.Text;

/// <summary>Turns raw text into matching terms: folded, stop words dropped, lightly stemmed.</summary>
public static class TermNormalizer
{
    public static IReadOnlyList<string> Terms(string text, string language) =>
        Tokenizer.Words(text)
            .Select(Tokenizer.Fold)
            .Where(t => t.Length > 1 && !StopWords.IsStopWord(t))
            .Select(t => LightStemmer.Stem(t, language))
            .ToList();

    /// <summary>A phrase's matching key: its terms joined, so "KI-Modelle" and "KI Modelle" meet.</summary>
    public static string Key(string phrase, string language) =>
        string.Join(' ', Tokenizer.Words(phrase.Replace('-', ' ')).Select(Tokenizer.Fold).Select(t => LightStemmer.Stem(t, language)));
}
