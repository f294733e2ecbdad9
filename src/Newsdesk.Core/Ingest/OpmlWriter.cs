using System.Xml.Linq;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Ingest;

/// <summary>Writes the feed subscriptions as an OPML 2.0 list that other readers import.</summary>
public static class OpmlWriter
{
    public static string Write(IEnumerable<Source> sources, string title, DateTimeOffset created) =>
        new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", title), new XElement("dateCreated", created.UtcDateTime.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
                new XElement("body", sources.Where(s => s.Kind == SourceKind.Feed).Select(s => new XElement("outline",
                    new XAttribute("type", "rss"),
                    new XAttribute("text", s.Title ?? s.Url),
                    new XAttribute("title", s.Title ?? s.Url),
                    new XAttribute("xmlUrl", s.Url),
                    s.SiteUrl is null ? null : new XAttribute("htmlUrl", s.SiteUrl)))))).ToString();
}
