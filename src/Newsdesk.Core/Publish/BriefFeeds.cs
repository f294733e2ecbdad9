using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Ganss.Xss;
using Markdig;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>
/// The briefs as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Entry content is the brief rendered with raw HTML disabled and
/// then passed through HtmlSanitizer, so no feed reader receives script, event handlers or javascript: links.
/// </summary>
public static class BriefFeeds
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string Rss(IReadOnlyList<StoryBrief> briefs, string title, string baseUrl) =>
        new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", title),
                new XElement("link", baseUrl),
                new XElement("description", title),
                briefs.Select(b => new XElement("item",
                    new XElement("title", b.FrontMatter.Title),
                    new XElement("link", b.FrontMatter.Url),
                    new XElement("guid", new XAttribute("isPermaLink", "true"), b.FrontMatter.Url),
                    new XElement("pubDate", b.FrontMatter.Updated.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture)),
                    new XElement("category", b.FrontMatter.Category),
                    new XElement("description", Content(b))))))).ToString();

    public static string AtomFeed(IReadOnlyList<StoryBrief> briefs, string title, string baseUrl, string selfPath) =>
        new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed",
            new XElement(Atom + "title", title),
            new XElement(Atom + "id", baseUrl.TrimEnd('/') + selfPath),
            new XElement(Atom + "updated", Stamp(briefs.Count == 0 ? DateTimeOffset.UnixEpoch : briefs.Max(b => b.FrontMatter.Updated))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl.TrimEnd('/') + selfPath)),
            briefs.Select(b => new XElement(Atom + "entry",
                new XElement(Atom + "title", b.FrontMatter.Title),
                new XElement(Atom + "id", b.FrontMatter.Url),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", b.FrontMatter.Url)),
                new XElement(Atom + "updated", Stamp(b.FrontMatter.Updated)),
                new XElement(Atom + "category", new XAttribute("term", b.FrontMatter.Category)),
                new XElement(Atom + "content", new XAttribute("type", "html"), Content(b)))))).ToString();

    public static string JsonFeed(IReadOnlyList<StoryBrief> briefs, string title, string baseUrl, string selfPath) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = title,
            ["home_page_url"] = baseUrl,
            ["feed_url"] = baseUrl.TrimEnd('/') + selfPath,
            ["items"] = briefs.Select(b => new Dictionary<string, object?>
            {
                ["id"] = b.FrontMatter.Url,
                ["url"] = b.FrontMatter.Url,
                ["title"] = b.FrontMatter.Title,
                ["content_html"] = Content(b),
                ["summary"] = b.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault()?.Text,
                ["date_modified"] = Stamp(b.FrontMatter.Updated),
                ["language"] = b.FrontMatter.Language,
                ["tags"] = b.FrontMatter.Tags,
            }).ToList(),
        });

    /// <summary>Sanitizing is the costly part of a feed (HtmlSanitizer parses the HTML): each distinct brief body is
    /// sanitized once and reused by the RSS, Atom and JSON feeds and by every list the brief is in. Keyed by the body
    /// itself, so a rewritten brief is never served stale; bounded, so a long-running reader does not grow.</summary>
    private static readonly ConcurrentDictionary<string, string> Rendered = new(StringComparer.Ordinal);

    private const int MaxRendered = 2000;

    private static string Content(StoryBrief brief)
    {
        var body = MarkdownBriefRenderer.RenderBody(brief);
        var key = brief.FrontMatter.Url + "\n" + body;
        if (Rendered.TryGetValue(key, out var html))
        {
            return html;
        }

        html = Sanitizer.Sanitize(Markdig.Markdown.ToHtml(body, Markdown), brief.FrontMatter.Url);
        if (Rendered.Count >= MaxRendered)
        {
            Rendered.Clear();
        }

        Rendered[key] = html;
        return html;
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
