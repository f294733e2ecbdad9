using System.Xml;
using System.Xml.Linq;

namespace Newsdesk.Core.Ingest;

/// <summary>Reads the feed URLs of an OPML subscription list (nested outlines included).</summary>
public static class OpmlParser
{
    public static IReadOnlyList<string> FeedUrls(string opml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(opml);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"malformed OPML at line {ex.LineNumber}: {ex.Message}", ex);
        }

        return document.Descendants("outline")
            .Select(o => o.Attribute("xmlUrl")?.Value?.Trim())
            .OfType<string>()
            .Where(u => u.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static bool LooksLikeOpml(string text) => text.Contains("<opml", StringComparison.OrdinalIgnoreCase);
}
