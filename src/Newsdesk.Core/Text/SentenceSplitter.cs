using System.Text.RegularExpressions;

namespace Newsdesk.Core.Text;

/// <summary>
/// Splits paragraphs into sentences, leaving abbreviations (Dr., U.S., z. B.), German ordinal dates ("am 26. Juni"),
/// decimals and initials intact. Each paragraph ends a sentence.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "u.s", "u.k", "e.g", "i.e",
        "z", "b", "u", "a", "bzw", "ca", "nr", "vgl", "usw", "hr", "fr", "dt", "str", "mio", "mrd", "abs", "bspw", "evtl", "ggf", "inkl",
    };

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var end = m.Index + m.Groups["end"].Length;
            if (!IsRealBoundary(paragraph, m.Index, end))
            {
                continue;
            }

            Add(sentences, paragraph[start..end]);
            start = m.Index + m.Length;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    public static IReadOnlyList<string> Split(IEnumerable<string> paragraphs) => paragraphs.SelectMany(Split).ToList();

    private static bool IsRealBoundary(string text, int punctuationIndex, int end)
    {
        if (text[punctuationIndex] != '.')
        {
            return true;
        }

        var wordStart = punctuationIndex;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..punctuationIndex];
        if (word.Length == 0)
        {
            return true;
        }

        // "am 26. Juni", "3. Mai": an ordinal number followed by a capitalised month-like word is not a boundary.
        if (word.All(char.IsDigit) && word.Length <= 2)
        {
            return false;
        }

        // Single capital letters are initials ("J. Smith"); known abbreviations never end a sentence.
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word.TrimEnd('.')) && end <= text.Length;
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"(?<end>[.!?…]+[""'”“»«’)]*)\s+(?=[""'„“«»(]?[\p{Lu}\p{Nd}])")]
    private static partial Regex Boundary();
}
