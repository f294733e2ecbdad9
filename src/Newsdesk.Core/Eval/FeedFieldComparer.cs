using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Newsdesk.Core.Eval;

/// <summary>
/// Compares a parsed field with the conformance suite's expectation. Plain values must match after whitespace is
/// collapsed; HTML values match by meaning — the same visible text and the same links — not byte for byte,
/// because sanitizers differ in attribute order, quoting and empty elements.
/// </summary>
public static partial class FeedFieldComparer
{
    private static readonly HtmlParser Html = new();

    public static bool Matches(string? expected, string? actual)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return string.IsNullOrEmpty(actual);
        }

        if (actual is null)
        {
            return false;
        }

        if (Collapse(expected) == Collapse(actual))
        {
            return true;
        }

        var (expectedText, expectedLinks) = Meaning(expected);
        var (actualText, actualLinks) = Meaning(actual);
        return expectedText == actualText && expectedLinks.SequenceEqual(actualLinks);
    }

    private static (string Text, List<string> Links) Meaning(string value)
    {
        if (!value.Contains('<', StringComparison.Ordinal))
        {
            return (Collapse(WebUtility.HtmlDecode(value)), []);
        }

        var body = Html.ParseDocument("<body>" + value + "</body>").Body!;
        var links = body.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();
        return (Collapse(body.TextContent), links);
    }

    private static string Collapse(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
