using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Newsdesk.Web.Demo;

/// <summary>Writes each demo outlet's feed in its own format: RSS 2.0, Atom 1.0 or JSON Feed 1.1.</summary>
public static class DemoFeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static (string Body, string ContentType) Write(DemoOutlet outlet, IEnumerable<DemoArticle> articles, Uri baseUrl)
    {
        var items = articles.OrderByDescending(a => a.Published).ToList();
        return outlet.Feed switch
        {
            "atom" => (Atom10(outlet, items, baseUrl), "application/atom+xml; charset=utf-8"),
            "json" => (JsonFeed(outlet, items, baseUrl), "application/feed+json; charset=utf-8"),
            _ => (Rss20(outlet, items, baseUrl), "application/rss+xml; charset=utf-8"),
        };
    }

    public static string FeedPath(DemoOutlet outlet) => outlet.Feed switch
    {
        "atom" => $"/{outlet.Id}/atom.xml",
        "json" => $"/{outlet.Id}/feed.json",
        _ => $"/{outlet.Id}/rss.xml",
    };

    private static string Rss20(DemoOutlet outlet, List<DemoArticle> items, Uri baseUrl)
    {
        var channel = new XElement("channel",
            new XElement("title", outlet.Name),
            new XElement("link", new Uri(baseUrl, $"/{outlet.Id}/")),
            new XElement("description", $"Latest news from {outlet.Name}"),
            new XElement("language", outlet.Language),
            items.Select(a => new XElement("item",
                new XElement("title", a.Title),
                // Relative links on purpose: readers must resolve them against the feed URL.
                new XElement("link", a.Path),
                new XElement("guid", new XAttribute("isPermaLink", "false"), $"{outlet.Id}:{a.Slug}"),
                new XElement("pubDate", a.Published.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT"),
                new XElement(Dc + "creator", a.Author),
                new XElement("description", a.Lead))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "dc", Dc), channel)).ToString();
    }

    private static string Atom10(DemoOutlet outlet, List<DemoArticle> items, Uri baseUrl)
    {
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", outlet.Language),
            new XElement(Atom + "title", outlet.Name),
            new XElement(Atom + "id", $"urn:newsdesk-demo:{outlet.Id}"),
            new XElement(Atom + "updated", items.Max(a => a.Published).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", new Uri(baseUrl, $"/{outlet.Id}/"))),
            items.Select(a => new XElement(Atom + "entry",
                new XElement(Atom + "title", a.Title),
                new XElement(Atom + "id", $"urn:newsdesk-demo:{outlet.Id}:{a.Slug}"),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", new Uri(baseUrl, a.Path))),
                new XElement(Atom + "published", a.Published.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                new XElement(Atom + "updated", a.Published.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                new XElement(Atom + "author", new XElement(Atom + "name", a.Author)),
                new XElement(Atom + "summary", a.Lead))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).ToString();
    }

    private static string JsonFeed(DemoOutlet outlet, List<DemoArticle> items, Uri baseUrl) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = outlet.Name,
            ["home_page_url"] = new Uri(baseUrl, $"/{outlet.Id}/").ToString(),
            ["feed_url"] = new Uri(baseUrl, FeedPath(outlet)).ToString(),
            ["language"] = outlet.Language,
            ["items"] = items.Select(a => new Dictionary<string, object>
            {
                ["id"] = $"{outlet.Id}:{a.Slug}",
                ["url"] = new Uri(baseUrl, a.Path).ToString(),
                ["title"] = a.Title,
                ["summary"] = a.Lead,
                ["date_published"] = a.Published.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["authors"] = new[] { new Dictionary<string, string> { ["name"] = a.Author } },
            }).ToList(),
        });
}
