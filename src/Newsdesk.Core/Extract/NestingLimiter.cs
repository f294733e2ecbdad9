namespace Newsdesk.Core.Extract;

/// <summary>
/// Caps how deeply a page's elements nest before the HTML parser sees it. The HTML5 tree builder searches the stack of
/// open elements for many tags, so a hostile page nested 100,000 deep costs it quadratic time (tens of seconds); no real
/// article nests more than a few hundred deep. Start tags past the cap, and their end tags, are left out; all text stays.
/// One forward pass that only looks at tag names; a page within the cap is returned as it came.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxDepth = 1000;

    // Void elements never open a level; these close themselves implicitly so often that counting them would
    // make a flat page of unclosed <p> and <li> look deep.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatByName = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Limit(string html)
    {
        return Walk(html, null) ? html : Rewrite(html);
    }

    private static string Rewrite(string html)
    {
        var output = new System.Text.StringBuilder(html.Length);
        Walk(html, output);
        return output.ToString();
    }

    /// <summary>Returns whether the page stays within the cap; with an output, writes the capped page to it.</summary>
    private static bool Walk(string html, System.Text.StringBuilder? output)
    {
        var depth = 0;
        var copied = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0 && position + 1 < html.Length)
        {
            var start = position;
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
                position = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[position + 1] == '/';
            var nameStart = position + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                position++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            position = tagEnd < 0 ? html.Length : tagEnd + 1;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Raw text: skip to the matching end tag so a '<' inside a script is not read as a tag.
                var end = html.IndexOf("</" + name.ToString(), position, StringComparison.OrdinalIgnoreCase);
                position = end < 0 ? html.Length : end;
                continue;
            }

            if (FlatByName.Contains(name) || (tagEnd > 0 && html[tagEnd - 1] == '/'))
            {
                continue;
            }

            var dropped = closing ? depth > MaxDepth : depth >= MaxDepth;
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (!dropped)
            {
                continue;
            }

            if (output is null)
            {
                return false;
            }

            output.Append(html, copied, start - copied);
            copied = position;
        }

        output?.Append(html, copied, html.Length - copied);
        return true;
    }
}
