using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// A publication date a page shows only as text ("31. Mai 2012, 14:05 Uhr", "31.05.2012", "May 31, 2012"): read from
/// <c>&lt;time&gt;</c> elements and short elements whose class, id or itemprop names a date, when no meta tag, JSON-LD
/// or datetime attribute gives one. Without a time the date is taken at noon UTC (the day stays right in Europe and
/// the Americas); a time is read as UTC, since the page does not say its zone. Relative dates ("vor 2 Stunden", "2 hours
/// ago") need the time of fetching and are left to it.
/// </summary>
internal static partial class VisibleDate
{
    private const int MaxElements = 40;
    private const int MaxChars = 120;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1,
        ["jan"] = 1,
        ["jänner"] = 1,
        ["january"] = 1,
        ["februar"] = 2,
        ["feb"] = 2,
        ["february"] = 2,
        ["märz"] = 3,
        ["maerz"] = 3,
        ["mär"] = 3,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["mai"] = 5,
        ["may"] = 5,
        ["juni"] = 6,
        ["jun"] = 6,
        ["june"] = 6,
        ["juli"] = 7,
        ["jul"] = 7,
        ["july"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oktober"] = 10,
        ["okt"] = 10,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["dezember"] = 12,
        ["dez"] = 12,
        ["december"] = 12,
        ["dec"] = 12,
    };

    public static DateTimeOffset? Find(IDocument document)
    {
        var candidates = document.QuerySelectorAll("time, [class*=date], [class*=datum], [id*=date], [itemprop*=date], [class*=published], [class*=zeit]")
            .Take(MaxElements).Select(e => e.TextContent).Where(t => t.Length <= MaxChars);
        return candidates.Select(Parse).FirstOrDefault(d => d is not null);
    }

    public static DateTimeOffset? Parse(string text)
    {
        var match = GermanWords().Match(text) is { Success: true } german ? german
            : EnglishWords().Match(text) is { Success: true } english ? english
            : Numeric().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = match.Groups["month"].Value is { Length: > 0 } name && !char.IsDigit(name[0])
            ? Months.GetValueOrDefault(name.TrimEnd('.'))
            : int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1990 or > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var time = Time().Match(text[(match.Index + match.Length)..]);
        var (hour, minute) = time.Success ? (int.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(time.Groups[2].Value, CultureInfo.InvariantCulture)) : (12, 0);
        return hour < 24 && minute < 60 ? new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero) : null;
    }

    [GeneratedRegex(@"(?i)\b(?<day>\d{1,2})\.\s*(?<month>januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept|sep|okt|nov|dez)\.?\s+(?<year>\d{4})\b")]
    private static partial Regex GermanWords();

    [GeneratedRegex(@"(?i)\b(?:(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?,?\s+(?<year>\d{4}))\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^\W{0,4}(?:um\s+|at\s+)?(\d{1,2}):(\d{2})")]
    private static partial Regex Time();
}
