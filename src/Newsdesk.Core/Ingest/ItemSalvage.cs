using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Newsdesk.Core.Ingest;

/// <summary>
/// The last resort for a feed whose XML stays broken after <see cref="XmlRecovery"/>: one bad entry (an unclosed
/// &lt;b&gt; in a title) must not cost the others. Each &lt;item&gt;/&lt;entry&gt; is checked on its own; one that does not
/// parse gets one more try without its stray inline HTML tags, and is otherwise left out with a per-item reason.
/// </summary>
internal static partial class ItemSalvage
{
    public static (XDocument Document, IReadOnlyList<string> Skipped)? Salvage(string text, XmlReaderSettings settings)
    {
        var entries = Entry().Matches(text);
        var root = RootStart().Match(text);
        if (entries.Count == 0 || !root.Success || root.Index > entries[0].Index)
        {
            return null;
        }

        var rootName = root.Groups[1].Value;
        var kept = new StringBuilder(text, 0, entries[0].Index, text.Length);
        var skipped = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i].Value;
            if (Parses(root.Value + entry + $"</{rootName}>", settings, out var error))
            {
                kept.Append(entry);
            }
            else if (InlineTag().Replace(entry, "") is var stripped && Parses(root.Value + stripped + $"</{rootName}>", settings, out _))
            {
                kept.Append(stripped);
            }
            else
            {
                skipped.Add($"entry {i + 1} ({Title(entry)}) left out: {error}");
            }
        }

        var last = entries[^1];
        var tail = text[(last.Index + last.Length)..];
        foreach (var ending in new[] { tail, Closing(text[..entries[0].Index], rootName) })
        {
            var candidate = kept + ending;
            if (Parses(candidate, settings, out _))
            {
                using var reader = XmlReader.Create(new StringReader(candidate), settings);
                return (XDocument.Load(reader), skipped);
            }
        }

        return null;
    }

    private static string Closing(string head, string rootName) =>
        (head.Contains("<channel", StringComparison.Ordinal) && !rootName.EndsWith("RDF", StringComparison.Ordinal) ? "</channel>" : "") + $"</{rootName}>";

    private static bool Parses(string xml, XmlReaderSettings settings, out string error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }

            error = "";
            return true;
        }
        catch (XmlException ex)
        {
            error = $"malformed XML: {ex.Message}";
            return false;
        }
    }

    private static string Title(string entry)
    {
        var title = TitleText().Match(entry);
        var text = title.Success ? Regex.Replace(title.Groups[1].Value, "<[^>]*>", "").Trim() : "";
        return text.Length == 0 ? "untitled" : text.Length > 60 ? "\"" + text[..60] + "…\"" : "\"" + text + "\"";
    }

    [GeneratedRegex(@"<(item|entry)(?=[\s>/])[^>]*>.*?</\1\s*>", RegexOptions.Singleline)]
    private static partial Regex Entry();

    [GeneratedRegex(@"<([a-zA-Z][\w.-]*:?[\w.-]*)(\s[^>]*)?>")]
    private static partial Regex RootStart();

    [GeneratedRegex(@"</?(b|i|u|em|strong|span|font|small|big|sub|sup|br|p|a)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleText();
}
