using System.Xml.Linq;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Ingest;

/// <summary>Atom 1.0 and 0.3: the feed and its entries; links resolved against xml:base and the feed URL.</summary>
internal static class AtomParser
{
    public static ParsedFeed Parse(XElement root, Uri? baseUri)
    {
        var feedBase = XmlText.BaseOf(root, baseUri);
        var entries = root.Elements().Where(e => e.Name.LocalName == "entry").Select(e => Entry(e, feedBase)).ToList();
        return new ParsedFeed
        {
            Format = root.Name.Namespace == FeedNamespaces.Atom03 ? "atom0.3" : "atom1.0",
            Title = root.Child("title").Value(),
            SiteLink = AlternateLink(root, feedBase),
            Language = root.Attribute(XNamespace.Xml + "lang")?.Value,
            Items = entries,
        };
    }

    private static FeedItem Entry(XElement entry, Uri? feedBase)
    {
        var entryBase = XmlText.BaseOf(entry, feedBase);
        var content = entry.Child("content");
        return new FeedItem
        {
            Id = entry.Child("id").Value(),
            Link = AlternateLink(entry, entryBase),
            Title = entry.Child("title").Value(),
            Summary = entry.Child("summary").Value(),
            ContentHtml = content.Value(),
            Author = entry.Child("author")?.Child("name").Value(),
            Published = FeedDateParser.Parse(entry.Child("published").Value() ?? entry.Child("issued").Value()),
            Updated = FeedDateParser.Parse(entry.Child("updated").Value() ?? entry.Child("modified").Value()),
        };
    }

    private static string? AlternateLink(XElement parent, Uri? baseUri)
    {
        var links = parent.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        return XmlText.Resolve(alternate?.Attribute("href")?.Value, baseUri);
    }
}
