namespace Newsdesk.Core.Text;

/// <summary>
/// A light suffix stripper for matching inflected forms ("reports"/"reported", "Minister"/"Ministers").
/// Deliberately conservative: it only has to make variants meet, not produce linguistic stems.
/// </summary>
public static class LightStemmer
{
    private static readonly string[] EnglishSuffixes = ["ingly", "edly", "ings", "ing", "ies", "ied", "ed", "es", "s"];
    private static readonly string[] GermanSuffixes = ["ungen", "ung", "ern", "en", "er", "es", "em", "e", "n", "s"];

    public static string Stem(string foldedToken, string language)
    {
        if (foldedToken.Length <= 4 || char.IsDigit(foldedToken[0]))
        {
            return foldedToken;
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
