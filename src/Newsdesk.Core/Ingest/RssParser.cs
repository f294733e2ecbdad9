using System.Xml.Linq;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Ingest.FeedNamespaces;

namespace Newsdesk.Core.Ingest;

/// <summary>RSS 0.9x/2.0 and RSS 1.0 (RDF): the channel and its items.</summary>
internal static class RssParser
{
    public static ParsedFeed Parse(XElement root, Uri? baseUri)
    {
        var isRdf = root.Name.LocalName == "RDF";
        var channel = root.Child("channel") ?? throw new FeedFormatException("RSS document has no <channel> element");
        var itemParent = isRdf ? root : channel;
        var items = itemParent.Elements().Where(e => e.Name.LocalName == "item").Select(i => Item(i, baseUri)).ToList();
        return new ParsedFeed
        {
            Format = isRdf ? "rss1.0" : "rss" + (root.Attribute("version")?.Value ?? "2.0"),
            Title = channel.Child("title").Value(),
            SiteLink = XmlText.Resolve(channel.Child("link").Value(), baseUri),
            Language = channel.Child("language").Value() ?? channel.Child(Dc, "language").Value(),
            Items = items,
        };
    }

    private static FeedItem Item(XElement item, Uri? baseUri)
    {
        var guid = item.Child("guid");
        var link = item.Child("link").Value()
            ?? (guid?.Attribute("isPermaLink")?.Value != "false" ? guid.Value() : null)
            ?? item.Attribute(Rdf + "about")?.Value;
        return new FeedItem
        {
            Id = guid.Value() ?? item.Attribute(Rdf + "about")?.Value ?? link,
            Link = XmlText.Resolve(link, baseUri),
            Title = item.Child("title").Value(),
            Summary = item.Child("description").Value(),
            ContentHtml = item.Child(Content, "encoded").Value(),
            Author = item.Child(Dc, "creator").Value() ?? item.Child("author").Value(),
            Published = FeedDateParser.Parse(item.Child("pubDate").Value() ?? item.Child(Dc, "date").Value()),
        };
    }
}
