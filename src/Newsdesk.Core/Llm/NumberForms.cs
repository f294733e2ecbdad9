using System.Text.RegularExpressions;

namespace Newsdesk.Core.Llm;

/// <summary>
/// Numbers in one canonical form whatever the language writes: "1,200" (en) and "1.200" (de) are both 1200,
/// "8.5" and "8,5" both 8.5, so a German sentence citing an English source is checked against the same figure.
/// </summary>
public static partial class NumberForms
{
    public static IEnumerable<string> In(string text, string language) =>
        Number().Matches(text).Select(m => Canonical(m.Value, language));

    /// <summary>Every number a source supports: its figures, the parts of dates such as "26.6.2026", and small numbers
    /// written as words ("three", "drei").</summary>
    public static HashSet<string> Supported(string text, string language)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Number().Matches(text))
        {
            numbers.Add(Canonical(match.Value, language));
            foreach (var part in match.Value.Split('.', ','))
            {
                numbers.Add(TrimZeros(part));
            }
        }

        foreach (Match word in Word().Matches(text))
        {
            if (Words.TryGetValue(word.Value.ToLowerInvariant(), out var value))
            {
                numbers.Add(value);
            }
        }

        return numbers;
    }

    public static string Canonical(string number, string language)
    {
        var (thousands, decimals) = language == "de" ? ('.', ',') : (',', '.');
        var grouped = language == "de" ? GermanGrouped() : EnglishGrouped();
        var value = grouped.IsMatch(number) ? number.Replace(thousands.ToString(), "", StringComparison.Ordinal) : number;
        value = value.Replace(decimals, '.');
        if (value.Count(c => c == '.') > 1)
        {
            return value; // a date or version: compared as written
        }

        var point = value.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? TrimZeros(value) : TrimZeros(value[..point]) + Fraction(value[(point + 1)..]);
    }

    private static string Fraction(string digits)
    {
        var trimmed = digits.TrimEnd('0');
        return trimmed.Length == 0 ? "" : "." + trimmed;
    }

    private static string TrimZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["one"] = "1",
        ["two"] = "2",
        ["three"] = "3",
        ["four"] = "4",
        ["five"] = "5",
        ["six"] = "6",
        ["seven"] = "7",
        ["eight"] = "8",
        ["nine"] = "9",
        ["ten"] = "10",
        ["eleven"] = "11",
        ["twelve"] = "12",
        ["twenty"] = "20",
        ["hundred"] = "100",
        ["thousand"] = "1000",
        ["eins"] = "1",
        ["zwei"] = "2",
        ["drei"] = "3",
        ["vier"] = "4",
        ["fünf"] = "5",
        ["sechs"] = "6",
        ["sieben"] = "7",
        ["acht"] = "8",
        ["neun"] = "9",
        ["zehn"] = "10",
        ["elf"] = "11",
        ["zwölf"] = "12",
        ["zwanzig"] = "20",
        ["hundert"] = "100",
        ["tausend"] = "1000",
    };

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")]
    private static partial Regex GermanGrouped();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex EnglishGrouped();
}
