using System.Security.Cryptography;
using System.Text;
using Ganss.Xss;
using Markdig;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>
/// The HTML a feed entry carries: the brief rendered with raw HTML disabled, then passed through HtmlSanitizer, so no
/// feed reader receives script, event handlers or javascript: links. Sanitizing is the costly part of a feed
/// (HtmlSanitizer parses the HTML), so callers keep the result by brief and <see cref="Hash"/> and sanitize again
/// only when the body changed.
/// </summary>
public static class FeedEntryContent
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>What the entry is made from: a brief's Markdown body.</summary>
    public static string Body(StoryBrief brief) => MarkdownBriefRenderer.RenderBody(brief);

    /// <summary>A short fingerprint of the body and the address it is shown under (links are made absolute from it).</summary>
    public static string Hash(StoryBrief brief, string body) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(brief.FrontMatter.Url + "\n" + body)), 0, 16);

    public static string Html(StoryBrief brief, string body) => Sanitizer.Sanitize(Markdig.Markdown.ToHtml(body, Markdown), brief.FrontMatter.Url);
}
