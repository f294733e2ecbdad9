using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsdesk.Core.Ingest;

namespace Newsdesk.Core.Extract;

/// <summary>Reads title, byline, dates, language, canonical URL, site name and lead image from meta tags, JSON-LD and markup.</summary>
public static partial class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri pageUrl)
    {
        var jsonLd = JsonLd(document);
        var metas = MetaValues(document);
        string? Meta(string name) => metas.GetValueOrDefault(name);
        return new PageMetadata
        {
            Title = PlainText.From(Meta("og:title") ?? Text(jsonLd, "headline") ?? document.QuerySelector("h1")?.TextContent ?? document.Title),
            Byline = PlainText.From(Meta("author") ?? Meta("article:author") ?? AuthorName(jsonLd)
                ?? document.QuerySelector("[rel=author], .byline, .author")?.TextContent),
            Published = FeedDateParser.Parse(Meta("article:published_time") ?? Text(jsonLd, "datePublished")
                ?? Meta("date") ?? Meta("datePublished") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
                ?? UrlDate(pageUrl) ?? VisibleDate.Find(document),
            Modified = FeedDateParser.Parse(Meta("article:modified_time") ?? Text(jsonLd, "dateModified")),
            Language = Normalize(document.DocumentElement.GetAttribute("lang") ?? Meta("og:locale")),
            CanonicalUrl = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url"), pageUrl),
            SiteName = PlainText.From(Meta("og:site_name") ?? Text(jsonLd is { } j && j.TryGetProperty("publisher", out var p) ? p : null, "name")),
            LeadImage = Absolute(Meta("og:image"), pageUrl),
            Description = PlainText.From(Meta("og:description") ?? Meta("description") ?? Text(jsonLd, "description")),
        };
    }

    /// <summary>Every meta tag's first non-empty content by property, name or itemprop, read in one pass.</summary>
    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if ((meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop")) is { } key
                && meta.GetAttribute("content")?.Trim() is { Length: > 0 } content)
            {
                values.TryAdd(key, content);
            }
        }

        return values;
    }

    /// <summary>The first JSON-LD object that describes an article (a NewsArticle, Article or a @graph member).</summary>
    private static JsonElement? JsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var parsed = JsonDocument.Parse(script.TextContent);
                var candidates = parsed.RootElement.ValueKind == JsonValueKind.Array
                    ? parsed.RootElement.EnumerateArray().ToList()
                    : parsed.RootElement.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array
                        ? graph.EnumerateArray().ToList()
                        : [parsed.RootElement];
                var article = candidates.FirstOrDefault(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("@type", out var t) && t.ToString().Contains("Article", StringComparison.Ordinal));
                if (article.ValueKind == JsonValueKind.Object)
                {
                    return article.Clone();
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other metadata sources still apply.
            }
        }

        return null;
    }

    private static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? AuthorName(JsonElement? article)
    {
        if (article is not { ValueKind: JsonValueKind.Object } a || !a.TryGetProperty("author", out var author))
        {
            return null;
        }

        var first = author.ValueKind == JsonValueKind.Array && author.GetArrayLength() > 0 ? author[0] : author;
        return first.ValueKind == JsonValueKind.String ? first.GetString() : Text(first, "name");
    }

    /// <summary>The date many sites put in the path: /2026/06/23/, /2026-06-23-, /20260623/.</summary>
    private static DateTimeOffset? UrlDate(Uri pageUrl)
    {
        var match = PathDate().Match(pageUrl.AbsolutePath);
        return match.Success
            && DateTime.TryParseExact($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
    }

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")]
    private static partial Regex PathDate();

    private static string? Normalize(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim()[..Math.Min(2, language.Trim().Length)].ToLowerInvariant();

    private static string? Absolute(string? href, Uri pageUrl) =>
        href is not null && Uri.TryCreate(pageUrl, href.Trim(), out var absolute) && absolute.Scheme is "http" or "https" ? absolute.ToString() : null;
}
