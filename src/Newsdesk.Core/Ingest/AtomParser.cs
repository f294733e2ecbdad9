using System.Xml.Linq;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Ingest;

/// <summary>Atom 1.0 and 0.3: the feed and its entries; text constructs read by type, links resolved against xml:base.</summary>
internal static class AtomParser
{
    public static ParsedFeed Parse(XElement root, Uri? baseUri)
    {
        var feedBase = FeedText.BaseOf(root, baseUri);
        var entries = root.Elements().Where(e => e.Name.LocalName == "entry").Select(e => Entry(e, baseUri)).ToList();
        return new ParsedFeed
        {
            Format = root.Name.Namespace == FeedNamespaces.Atom03 ? "atom0.3" : "atom1.0",
            Title = FeedText.Read(root.Child("title"), feedBase),
            SiteLink = AlternateLink(root, feedBase),
            Language = XmlText.Language(root.Attribute(XNamespace.Xml + "lang")?.Value),
            Description = FeedText.Read(root.Child("subtitle") ?? root.Child("tagline"), feedBase),
            Rights = FeedText.Read(root.Child("rights") ?? root.Child("copyright"), feedBase),
            Id = XmlText.ResolveId(root.Child("id").Value(), feedBase),
            Generator = root.Child("generator").Value(),
            Items = entries,
        };
    }

    private static FeedItem Entry(XElement entry, Uri? baseUri)
    {
        var entryBase = FeedText.BaseOf(entry, baseUri);
        var published = entry.Child("published").Value() ?? entry.Child("issued").Value() ?? entry.Child("created").Value();
        var updated = entry.Elements().FirstOrDefault(e => e.Name.LocalName is "updated" or "modified").Value();
        var author = entry.Child("author");
        var authorName = author?.Child("name").Value();
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var enclosure = links.FirstOrDefault(l => l.Attribute("rel")?.Value == "enclosure");
        return new FeedItem
        {
            Id = XmlText.ResolveId(entry.Child("id").Value(), entryBase),
            Link = AlternateLink(entry, entryBase),
            Title = FeedText.Read(entry.Child("title"), entryBase),
            Summary = FeedText.Read(entry.Child("summary"), entryBase),
            ContentHtml = FeedText.Read(entry.Child("content"), entryBase),
            Author = FeedAuthor.Display(authorName, author?.Child("email").Value()),
            AuthorName = authorName,
            Published = FeedDateParser.Parse(published ?? updated),
            PublishedText = published,
            Updated = FeedDateParser.Parse(updated),
            UpdatedText = updated,
            Tags = entry.Elements().Where(e => e.Name.LocalName == "category").Select(e => e.Attribute("term")?.Value ?? e.Value).Where(t => !string.IsNullOrWhiteSpace(t)).ToList(),
            EnclosureUrl = enclosure is null ? null : XmlText.Resolve(enclosure.Attribute("href")?.Value, FeedText.BaseOf(enclosure, entryBase)),
        };
    }

    private static string? AlternateLink(XElement parent, Uri? baseUri)
    {
        var links = parent.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        return alternate is null ? null : XmlText.Resolve(alternate.Attribute("href")?.Value, FeedText.BaseOf(alternate, baseUri));
    }
}
