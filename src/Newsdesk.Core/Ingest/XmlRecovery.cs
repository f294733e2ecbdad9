using System.Net;
using System.Text.RegularExpressions;
using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Ingest;

/// <summary>
/// Repairs the ways real feeds break XML, so their complete entries are still usable: bytes that are not in the
/// declared encoding (read as Windows-1252), control characters, HTML entities without a DTD (&amp;nbsp;), namespace
/// prefixes nobody declared (dc:, media:), and documents cut off mid-way (kept up to the last complete entry).
/// </summary>
internal static partial class XmlRecovery
{
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    };

    public static string Repair(byte[] bytes, string? charset = null)
    {
        // The same rules as pages: BOM, then the label, then valid UTF-8, else Windows-1252.
        var text = HtmlDecoder.Decode(bytes, charset);
        text = XmlDeclaration().Replace(text, "", 1);
        text = ControlCharacters().Replace(text, "");
        text = NamedEntity().Replace(text, m => XmlEntities.Contains(m.Groups[1].Value)
            ? m.Value
            : WebUtility.HtmlDecode(m.Value) is var decoded && decoded != m.Value ? $"&#{char.ConvertToUtf32(decoded, 0)};" : "&amp;" + m.Value[1..]);
        text = BareAmpersand().Replace(text, "&amp;");
        text = DeclareMissingPrefixes(text);
        return CloseTruncated(text);
    }

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    private static string DeclareMissingPrefixes(string text)
    {
        var root = RootStart().Match(text);
        if (!root.Success)
        {
            return text;
        }

        var declared = DeclaredPrefix().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var used = UsedPrefix().Matches(text).Select(m => m.Groups[1].Value).Where(p => p is not ("xml" or "xmlns")).ToHashSet(StringComparer.Ordinal);
        var missing = used.Except(declared).ToList();
        if (missing.Count == 0)
        {
            return text;
        }

        var declarations = string.Concat(missing.Select(p => $" xmlns:{p}=\"{KnownPrefixes.GetValueOrDefault(p, "urn:newsdesk:undeclared:" + p)}\""));
        // Inside the root's start tag, just before its closing ">".
        return text.Insert(root.Index + root.Length - 1, declarations);
    }

    private static string CloseTruncated(string text)
    {
        var root = RootStart().Match(text);
        if (!root.Success)
        {
            return text;
        }

        var rootName = root.Groups[1].Value;
        if (text.TrimEnd().EndsWith($"</{rootName}>", StringComparison.Ordinal))
        {
            return text;
        }

        // Cut after the last complete entry and close what is still open.
        var lastItem = Math.Max(text.LastIndexOf("</item>", StringComparison.Ordinal) + 7, text.LastIndexOf("</entry>", StringComparison.Ordinal) + 8);
        if (lastItem < 8)
        {
            return text;
        }

        var kept = text[..lastItem];
        var closing = rootName.EndsWith("rss", StringComparison.Ordinal) && kept.Contains("<channel", StringComparison.Ordinal) && !IsRdf(rootName) ? "</channel>" : "";
        return kept + closing + $"</{rootName}>";
    }

    private static bool IsRdf(string rootName) => rootName.EndsWith("RDF", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"&([a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex NamedEntity();

    [GeneratedRegex(@"&(?![a-zA-Z][a-zA-Z0-9]{0,31};|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"<([a-zA-Z][\w.-]*:?[\w.-]*)(\s[^>]*)?>")]
    private static partial Regex RootStart();

    [GeneratedRegex(@"xmlns:([\w.-]+)\s*=")]
    private static partial Regex DeclaredPrefix();

    [GeneratedRegex(@"</?([a-zA-Z][\w.-]*):[\w.-]+")]
    private static partial Regex UsedPrefix();
}
