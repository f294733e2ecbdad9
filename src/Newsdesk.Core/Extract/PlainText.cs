using System.Net;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Metadata fields (titles, bylines, site names) are plain text. Pages and feeds sometimes put markup in them, by
/// mistake or with intent; it is removed here, once, so no later output can carry it.
/// </summary>
public static partial class PlainText
{
    public static string? From(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(Tag().Replace(value, " "));
        text = Tag().Replace(text, " ");
        text = Whitespace().Replace(text.Any(IsInvisible) ? string.Concat(text.Where(c => !IsInvisible(c))) : text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^>]*>?")]
    private static partial Regex Tag();

    /// <summary>Soft hyphens and zero-width marks: invisible on screen, but they split words for search and matching.</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
