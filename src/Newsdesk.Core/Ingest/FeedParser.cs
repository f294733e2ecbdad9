using System.Xml;
using System.Xml.Linq;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Ingest;

/// <summary>
/// Recognises the feed format from the document itself and parses it. Takes bytes and a base URL, does no I/O.
/// The XML reader sees the raw bytes so that the BOM and the XML declaration pick the encoding.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, Uri? baseUri)
    {
        var start = FirstSignificantByte(content);
        if (start < 0)
        {
            throw new FeedFormatException("the document is empty");
        }

        if (content[start] == (byte)'{')
        {
            return JsonFeedParser.Parse(content[start..], baseUri);
        }

        var root = LoadXml(content.ToArray()).Root ?? throw new FeedFormatException("the XML document has no root element");
        return root.Name.LocalName switch
        {
            "rss" or "RDF" => RssParser.Parse(root, baseUri),
            "feed" => AtomParser.Parse(root, baseUri),
            "html" => throw new FeedFormatException("this is an HTML page, not a feed"),
            var other => throw new FeedFormatException($"unknown feed root element <{other}>"),
        };
    }

    private static XDocument LoadXml(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}", ex);
        }
    }

    private static int FirstSignificantByte(ReadOnlySpan<byte> content)
    {
        var i = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        for (; i < content.Length; i++)
        {
            if (!char.IsWhiteSpace((char)content[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
