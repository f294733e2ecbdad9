using System.Text.RegularExpressions;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>Finds figures a reader cares about: percentages, money and counts with their unit.</summary>
public static partial class FigureFinder
{
    public static IEnumerable<string> Find(string text) =>
        FigurePattern().Matches(text).Select(m => m.Value.Trim());

    /// <summary>Percentage, money, count (people, jobs) or another measure.</summary>
    public static KeyTermKind Kind(string figure) =>
        figure.Contains('%', StringComparison.Ordinal) || PercentWord().IsMatch(figure) ? KeyTermKind.Percentage
        : figure.IndexOfAny(['$', '€', '£']) >= 0 || MoneyWord().IsMatch(figure) ? KeyTermKind.Money
        : CountWord().IsMatch(figure) ? KeyTermKind.Count
        : KeyTermKind.Figure;

    [GeneratedRegex(@"\b(?:percent|per cent|Prozent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWord();

    [GeneratedRegex(@"\b(?:euros?|dollars?|pounds?|Euro|Dollar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWord();

    [GeneratedRegex(@"\b(?:people|Menschen|jobs|Stellen|residents|Einwohner|Anwohner|workers|Beschäftigte|passengers|Fahrgäste|customers|Kunden|homes|households|Haushalte|visitors|Besucher|million|billion|Millionen|Milliarden)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d.,]*(?:\s?(?:million|billion|Millionen|Milliarden|Mio\.|Mrd\.))?|\d[\d.,]*\s?(?:%|percent|per cent|Prozent|million|billion|Millionen|Milliarden|euros?|Euro|dollars?|Dollar|kilometres|kilometers|Kilometer|people|Menschen|jobs|Stellen|tonnes|Tonnen|MW|GW|customers|Kunden|residents|Einwohner|Anwohner|passengers|Fahrgäste|workers|Beschäftigte|homes|households|Haushalte|visitors|Besucher))")]
    private static partial Regex FigurePattern();
}
