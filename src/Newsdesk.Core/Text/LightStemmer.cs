namespace Newsdesk.Core.Text;

/// <summary>
/// A light suffix stripper for matching inflected forms ("reports"/"reported", "Minister"/"Ministers").
/// Deliberately conservative: it only has to make variants meet, not produce linguistic stems.
/// </summary>
public static class LightStemmer
{
    private static readonly string[] EnglishSuffixes = ["ingly", "edly", "ings", "ing", "ed", "es", "s"];
    private static readonly string[] GermanSuffixes = ["ungen", "ung", "ern", "en", "er", "es", "em", "e", "n", "s"];

    public static string Stem(string foldedToken, string language)
    {
        if (foldedToken.Length <= 4 || char.IsDigit(foldedToken[0]))
        {
            return foldedToken;
        }

        // "authorities" and "authority", "carried" and "carry" meet on the y: cut to "authorit", the plural missed the
        // singular, and two sentences of one fact ("the authority said …" / "authorities said …") read as two.
        if (language != "de" && foldedToken.Length >= 6 && (foldedToken.EndsWith("ies", StringComparison.Ordinal) || foldedToken.EndsWith("ied", StringComparison.Ordinal)))
        {
            return string.Concat(foldedToken.AsSpan(0, foldedToken.Length - 3), "y");
        }

        foreach (var suffix in language == "de" ? GermanSuffixes : EnglishSuffixes)
        {
            if (foldedToken.EndsWith(suffix, StringComparison.Ordinal) && foldedToken.Length - suffix.Length >= 4)
            {
                return foldedToken[..^suffix.Length];
            }
        }

        return foldedToken;
    }
}
