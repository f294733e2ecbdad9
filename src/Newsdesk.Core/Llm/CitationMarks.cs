using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Llm;

/// <summary>The inline citations of a generated sentence: "[2]", "[1][3]", "[1, 3]".</summary>
public static partial class CitationMarks
{
    public static IReadOnlyList<int> Numbers(string sentence) =>
        Marks().Matches(sentence)
            .SelectMany(m => Digits().Matches(m.Value).Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture)))
            .Distinct()
            .ToList();

    /// <summary>The sentence without its marks ("1,200 people [2]." → "1,200 people."); the brief cites by number.</summary>
    public static string Strip(string sentence) => Marks().Replace(sentence, "").Trim();

    [GeneratedRegex(@"\s*\[\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*\]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
