using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>
/// The briefs as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Entry content is the sanitized HTML of <see cref="FeedEntryContent"/>.
/// </summary>
public static class BriefFeeds
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Rss(IReadOnlyList<FeedEntry> entries, string title, string baseUrl) =>
        new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", title),
                new XElement("link", baseUrl),
                new XElement("description", title),
                entries.Select(e => new XElement("item",
                    new XElement("title", e.Brief.FrontMatter.Title),
                    new XElement("link", e.Brief.FrontMatter.Url),
                    new XElement("guid", new XAttribute("isPermaLink", "true"), e.Brief.FrontMatter.Url),
                    new XElement("pubDate", e.Brief.FrontMatter.Updated.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture)),
                    new XElement("category", e.Brief.FrontMatter.Category),
                    new XElement("description", e.Html)))))).ToString();

    public static string AtomFeed(IReadOnlyList<FeedEntry> entries, string title, string baseUrl, string selfPath) =>
        new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed",
            new XElement(Atom + "title", title),
            new XElement(Atom + "id", baseUrl.TrimEnd('/') + selfPath),
            new XElement(Atom + "updated", Stamp(entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Brief.FrontMatter.Updated))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl.TrimEnd('/') + selfPath)),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Brief.FrontMatter.Title),
                new XElement(Atom + "id", e.Brief.FrontMatter.Url),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", e.Brief.FrontMatter.Url)),
                new XElement(Atom + "updated", Stamp(e.Brief.FrontMatter.Updated)),
                new XElement(Atom + "category", new XAttribute("term", e.Brief.FrontMatter.Category)),
                new XElement(Atom + "content", new XAttribute("type", "html"), e.Html))))).ToString();

    public static string JsonFeed(IReadOnlyList<FeedEntry> entries, string title, string baseUrl, string selfPath) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = title,
            ["home_page_url"] = baseUrl,
            ["feed_url"] = baseUrl.TrimEnd('/') + selfPath,
            ["items"] = entries.Select(e => new Dictionary<string, object?>
            {
                ["id"] = e.Brief.FrontMatter.Url,
                ["url"] = e.Brief.FrontMatter.Url,
                ["title"] = e.Brief.FrontMatter.Title,
                ["content_html"] = e.Html,
                ["summary"] = e.Brief.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault()?.Text,
                ["date_modified"] = Stamp(e.Brief.FrontMatter.Updated),
                ["language"] = e.Brief.FrontMatter.Language,
                ["tags"] = e.Brief.FrontMatter.Tags,
            }).ToList(),
        });

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
