using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Brief;

/// <summary>
/// When two sentences of one story state the same fact: they share a specific figure ("about 1,200 residents were
/// evacuated" / "forcing about 1,200 people from their homes"), or a smaller one and something it is about, or one
/// paraphrases the other (most of their words shared). Dates, years and single-digit numbers are not figures here:
/// too many facts share them.
/// </summary>
public static partial class FactMatch
{
    /// <summary>Above this share of words in common (Jaccard), two sentences say the same thing.</summary>
    public const double ParaphraseJaccard = 0.5;

    /// <summary>At or above this share of the shorter sentence's words found in the other, it only adds a clause.</summary>
    public const double ParaphraseContainment = 0.7;

    /// <summary>The figures of a sentence, written one way ("1,200" and "1.200" are both 1200; "4,5" is 4.5).</summary>
    public static HashSet<string> Figures(string text)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var dates = Date().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (Match match in Number().Matches(text))
        {
            if (dates.Exists(d => match.Index >= d.Index && match.Index < d.End))
            {
                continue;
            }

            var value = Grouped().IsMatch(match.Value) ? match.Value.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) : match.Value.Replace(',', '.');
            if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            // "€8 million" is eight million, not a single digit; "4,5 Milliarden" is 4.5 billion.
            number *= ScaleAfter(text, match.Index + match.Length);
            if ((number < 10 && number == decimal.Truncate(number))
                || (number is >= 1900 and <= 2100 && match.Value.Length == 4))
            {
                continue;
            }

            // Scale dropped, so 12,50 and 12.5 are one figure.
            figures.Add((number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
        }

        return figures;
    }

    /// <summary>The multiplier a scale word right after a number stands for ("million", "Mrd."), else 1.</summary>
    private static decimal ScaleAfter(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return rest[..end].ToString().ToLowerInvariant() switch
        {
            "thousand" or "tausend" => 1_000m,
            "million" or "millions" or "mio" or "millionen" => 1_000_000m,
            "billion" or "billions" or "bn" or "milliarde" or "milliarden" or "mrd" => 1_000_000_000m,
            "trillion" or "billionen" => 1_000_000_000_000m,
            _ => 1m,
        };
    }

    /// <summary>True when the two sentences (their figures and matching terms) state the same fact.</summary>
    public static bool Same(IReadOnlySet<string> figuresA, IReadOnlySet<string> termsA, IReadOnlySet<string> figuresB, IReadOnlySet<string> termsB) =>
        // A paraphrase; a shared figure specific enough to name one fact within a story by itself (100 or more, or a
        // fraction: "1,200 people" and "1,200 residents" with no other word in common); or a shared smaller figure and
        // a shared word besides the figures themselves.
        Paraphrase(termsA, termsB)
        || figuresA.Any(f => figuresB.Contains(f) && IsSpecific(f))
        || (figuresA.Any(figuresB.Contains) && termsA.Any(t => termsB.Contains(t) && !char.IsDigit(t[0])));

    private static bool IsSpecific(string figure) =>
        figure.Contains('.', StringComparison.Ordinal) || decimal.Parse(figure, CultureInfo.InvariantCulture) >= 100;

    /// <summary>
    /// True when a sentence of another source reports the same fact firmly enough to cite it too: a paraphrase, or the
    /// same figure with at least two words in common. Stricter than <see cref="Same"/>: a sentence left out as a
    /// repeat costs nothing, a citation to a source that says something else about the figure costs trust.
    /// </summary>
    public static bool Corroborates(IReadOnlySet<string> figuresA, IReadOnlySet<string> termsA, IReadOnlySet<string> figuresB, IReadOnlySet<string> termsB) =>
        // A paraphrase corroborates only when it gives the figures too: a source that never says "5 percent over 18
        // months" is not cited for it because it quotes the same negotiator.
        (Paraphrase(termsA, termsB) && figuresA.All(figuresB.Contains))
        || (figuresA.Any(figuresB.Contains) && termsA.Count(t => termsB.Contains(t) && !char.IsDigit(t[0])) >= 2);

    private static bool Paraphrase(IReadOnlySet<string> termsA, IReadOnlySet<string> termsB) =>
        Math.Min(termsA.Count, termsB.Count) > 0 && (Jaccard(termsA, termsB) > ParaphraseJaccard || Containment(termsA, termsB) >= ParaphraseContainment);

    /// <summary>Words in common over words in either (1 for two empty sets).</summary>
    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>Words in common over the smaller set's words (0 when either is empty).</summary>
    public static double Containment(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : a.Count(b.Contains) / (double)smaller;
    }

    /// <summary>A number as written: digits with thousands separators or a decimal comma or point, not part of a word or a time.</summary>
    [GeneratedRegex(@"(?<![\w:.,])\d+(?:[.,]\d+)*(?![\w:]|[.,]\d)")]
    private static partial Regex Number();

    /// <summary>Thousands grouped by commas or points: 1,200 or 1.200.000.</summary>
    [GeneratedRegex(@"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")]
    private static partial Regex Grouped();

    /// <summary>A day of a month ("23 June", "June 23rd", "23. Juni"): a date, not a figure.</summary>
    [GeneratedRegex(@"\b\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Jän|Mär|Mai|Okt|Dez)\p{L}*|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mär|Mai|Okt|Dez)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();
}
