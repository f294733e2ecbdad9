using System.Globalization;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Eval;

/// <summary>The conformance suite's field names ("feed.title", "entry.published_utc", …) read from a parsed feed.</summary>
public static class FeedFields
{
    public static string? Read(ParsedFeed feed, string field)
    {
        var entry = feed.Items.FirstOrDefault();
        return field switch
        {
            "feed.title" => feed.Title,
            "feed.link" => feed.SiteLink,
            "feed.description" => feed.Description,
            "feed.language" => feed.Language,
            "feed.rights" => feed.Rights,
            "feed.id" => feed.Id,
            "feed.generator" => feed.Generator,
            "entry.title" => entry?.Title,
            "entry.link" => entry?.Link,
            "entry.id" => entry?.Id,
            "entry.summary" => entry?.Summary,
            "entry.content" => entry?.ContentHtml,
            "entry.author" => entry?.Author,
            "entry.author_name" => entry?.AuthorName,
            "entry.published" => entry?.PublishedText,
            "entry.updated" => entry?.UpdatedText,
            "entry.published_utc" => Utc(entry?.Published),
            "entry.updated_utc" => Utc(entry?.Updated ?? entry?.Published),
            "entry.tags[0]" => entry?.Tags.FirstOrDefault(),
            "entry.comments" => entry?.Comments,
            "entry.enclosure_url" => entry?.EnclosureUrl,
            _ => null,
        };
    }

    public static string? Utc(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
