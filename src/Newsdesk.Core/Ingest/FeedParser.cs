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
    /// <param name="content">The document's bytes.</param>
    /// <param name="baseUri">The address it came from (after redirects), for relative links.</param>
    /// <param name="headerCharset">The HTTP Content-Type charset, used only when the document names no encoding itself.</param>
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, Uri? baseUri, string? headerCharset = null)
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

        var bytes = content.ToArray();
        var declared = FeedEncoding.DeclaredLabel(bytes);
        // Labels that the Encoding Standard reads differently from .NET (iso-8859-1 and us-ascii are windows-1252), and a
        // header charset for a document that names none, are decoded here; otherwise the XML reader reads the bytes.
        var label = declared is not null && Extract.WebEncoding.IsRemapped(declared) ? declared
            : !FeedEncoding.SelfDescribed(bytes) ? headerCharset : null;
        XDocument document;
        string? recovered = null;
        IReadOnlyList<string> skipped = [];
        try
        {
            document = label is null
                ? Load(XmlReader.Create(new MemoryStream(bytes), Settings))
                : Load(XmlReader.Create(new StringReader(FeedEncoding.WithoutDeclaration(Extract.HtmlDecoder.Decode(bytes, label))), Settings));
        }
        catch (XmlException ex)
        {
            // Broken the way real feeds break: repair what is common and keep the complete entries.
            recovered = $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}";
            var repaired = XmlRecovery.Repair(bytes, label ?? declared);
            try
            {
                document = Load(XmlReader.Create(new StringReader(repaired), Settings));
            }
            catch (XmlException)
            {
                (document, skipped) = ItemSalvage.Salvage(repaired, Settings) ?? throw new FeedFormatException(recovered, ex);
            }
        }

        var root = document.Root ?? throw new FeedFormatException("the XML document has no root element");
        var feed = root.Name.LocalName switch
        {
            "rss" or "RDF" => RssParser.Parse(root, baseUri),
            "feed" => AtomParser.Parse(root, baseUri),
            "html" => throw new FeedFormatException("this is an HTML page, not a feed"),
            var other => throw new FeedFormatException($"unknown feed root element <{other}>"),
        };
        return feed with { Recovered = recovered, SkippedItems = skipped };
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };

    private static XDocument Load(XmlReader reader)
    {
        using (reader)
        {
            return XDocument.Load(reader);
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
