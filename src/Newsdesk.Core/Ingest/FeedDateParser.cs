using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Ingest;

/// <summary>Parses the dates feeds carry: RFC 822 (RSS), RFC 3339/W3CDTF (Atom, JSON Feed) and common sloppy variants.</summary>
public static partial class FeedDateParser
{
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00",
        ["GMT"] = "+00:00",
        ["Z"] = "+00:00",
        ["UTC"] = "+00:00",
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
        ["CET"] = "+01:00",
        ["CEST"] = "+02:00",
        ["MEZ"] = "+01:00",
        ["MESZ"] = "+02:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && char.IsDigit(text[0]))
        {
            return iso;
        }

        return ParseRfc822(text);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        // Drop the weekday ("Fri, "), which is often wrong in real feeds, then normalise the zone.
        var body = WeekdayPrefix().Replace(text, "");
        var zone = TrailingZone().Match(body);
        if (zone.Success)
        {
            var name = zone.Groups[1].Value;
            var offset = ZoneOffsets.TryGetValue(name, out var known)
                ? known
                : name.Length == 5 && (name[0] == '+' || name[0] == '-') ? $"{name[..3]}:{name[3..]}" : null;
            if (offset is not null)
            {
                body = body[..zone.Index].TrimEnd() + " " + offset;
            }
        }

        return DateTimeOffset.TryParseExact(body, Rfc822Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"^\s*[A-Za-z]{3,9},?\s+")]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"\s+([A-Za-z]{1,4}|[+-]\d{4})\s*$")]
    private static partial Regex TrailingZone();
}
