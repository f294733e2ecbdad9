using System.Text.RegularExpressions;

namespace Newsdesk.Core.Text;

/// <summary>Finds figures a reader cares about: percentages, money and counts with their unit.</summary>
public static partial class FigureFinder
{
    public static IEnumerable<string> Find(string text) =>
        FigurePattern().Matches(text).Select(m => m.Value.Trim());

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d.,]*(?:\s?(?:million|billion|Millionen|Milliarden|Mio\.|Mrd\.))?|\d[\d.,]*\s?(?:%|percent|per cent|Prozent|million|billion|Millionen|Milliarden|euros?|Euro|dollars?|Dollar|kilometres|kilometers|Kilometer|people|Menschen|jobs|Stellen|tonnes|Tonnen|MW|GW))")]
    private static partial Regex FigurePattern();
}
