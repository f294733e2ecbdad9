using System.Text.RegularExpressions;

namespace Newsdesk.Core.Text;

/// <summary>Splits text into word tokens (letters, digits, inner hyphens and apostrophes) for both languages.</summary>
public static partial class Tokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in WordPattern().Matches(text))
        {
            yield return m.Value;
        }
    }

    /// <summary>Word tokens with where they start, so a caller can see the punctuation between them.</summary>
    public static IEnumerable<(string Word, int Start)> Spans(string text)
    {
        foreach (Match m in WordPattern().Matches(text))
        {
            yield return (m.Value, m.Index);
        }
    }

    public static IEnumerable<string> Lower(string text) => Words(text).Select(w => w.ToLowerInvariant());

    /// <summary>Lower-cased tokens folded for matching: umlauts and ß spelled out, so "Müller" meets "Mueller".</summary>
    public static string Fold(string token)
    {
        var lower = token.ToLowerInvariant();
        return lower.IndexOfAny(['ä', 'ö', 'ü', 'ß']) < 0
            ? lower
            : lower.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
                .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:[-'’.,][\p{L}\p{Nd}]+)*")]
    private static partial Regex WordPattern();
}
