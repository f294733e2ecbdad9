using System.Xml.Linq;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Ingest.FeedNamespaces;

namespace Newsdesk.Core.Ingest;

/// <summary>RSS 0.9x/2.0 and RSS 1.0 (RDF): the channel and its items, with the Dublin Core and content modules.</summary>
internal static class RssParser
{
    public static ParsedFeed Parse(XElement root, Uri? baseUri)
    {
        var isRdf = root.Name.LocalName == "RDF";
        var channel = root.Child("channel") ?? throw new FeedFormatException("RSS document has no <channel> element");
        var feedBase = FeedText.BaseOf(channel, baseUri);
        var itemParent = isRdf ? root : channel;
        var items = itemParent.Elements().Where(e => e.Name.LocalName == "item").Select(i => Item(i, baseUri)).ToList();
        return new ParsedFeed
        {
            Format = isRdf ? "rss1.0" : "rss" + (root.Attribute("version")?.Value ?? "2.0"),
            Title = FeedText.Read(channel.Child("title"), feedBase),
            SiteLink = XmlText.Resolve(channel.Child("link").Value(), feedBase),
            Language = XmlText.Language(channel.Child("language").Value() ?? channel.Child(Dc, "language").Value()),
            Description = FeedText.Read(channel.Child("description") ?? channel.Child(Dc, "description") ?? channel.Child("tagline") ?? channel.Child("subtitle"), feedBase),
            Rights = FeedText.Read(channel.Child("copyright") ?? channel.Child(Dc, "rights"), feedBase),
            Generator = channel.Child("generator").Value() ?? channel.Child("generatorAgent")?.Attribute(Rdf + "resource")?.Value,
            Items = items,
        };
    }

    private static FeedItem Item(XElement item, Uri? baseUri)
    {
        var itemBase = FeedText.BaseOf(item, baseUri);
        var guid = item.Child("guid");
        var link = item.Child("link").Value()
            ?? (guid?.Attribute("isPermaLink")?.Value != "false" ? guid.Value() : null)
            ?? item.Attribute(Rdf + "about")?.Value;
        var published = item.Child("pubDate").Value() ?? item.Child("issued").Value();
        var updated = item.Child("modified").Value() ?? item.Child(Dc, "date").Value();
        // Of <description> and <summary>, the first is the summary and a second one is the content.
        var summaries = item.Elements().Where(e => e.Name.LocalName is "description" or "summary").ToList();
        var author = item.Child("author").Value() ?? item.Child(Dc, "creator").Value() ?? item.Child(Dc, "author").Value();
        return new FeedItem
        {
            Id = XmlText.ResolveId(guid.Value() ?? item.Attribute(Rdf + "about")?.Value ?? link, itemBase),
            Link = XmlText.Resolve(link, itemBase),
            Title = FeedText.Read(item.Child("title") ?? item.Child(Dc, "title"), itemBase),
            Summary = FeedText.Read(summaries.FirstOrDefault(), itemBase),
            ContentHtml = FeedText.Read(item.Child(Content, "encoded") ?? item.Child("body") ?? item.Child("fullitem") ?? summaries.Skip(1).FirstOrDefault(), itemBase),
            Author = author,
            AuthorName = FeedAuthor.Name(author),
            Published = FeedDateParser.Parse(published ?? updated),
            PublishedText = published,
            Updated = FeedDateParser.Parse(updated),
            UpdatedText = updated,
            Tags = item.Elements().Where(e => e.Name.LocalName is "category" or "subject").Select(e => e.Value.Trim()).Where(t => t.Length > 0).ToList(),
            Comments = XmlText.Resolve(item.Child("comments").Value(), itemBase),
            EnclosureUrl = XmlText.Resolve(item.Child("enclosure")?.Attribute("url")?.Value, itemBase),
        };
    }
}
