using System.Text.Json;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Ingest;

/// <summary>JSON Feed 1.0 and 1.1.</summary>
internal static class JsonFeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, Uri? baseUri)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(content, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException($"JSON Feed is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "version") is not { } version || !version.Contains("jsonfeed.org", StringComparison.Ordinal))
            {
                throw new FeedFormatException("JSON document is not a JSON Feed (no jsonfeed.org version)");
            }

            if (!root.TryGetProperty("items", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                // The spec requires the array; "ok, 0 items" would hide a broken feed for good.
                throw new FeedFormatException($"JSON Feed has no \"items\" array (found {(root.TryGetProperty("items", out var found) ? found.ValueKind.ToString().ToLowerInvariant() : "nothing")})");
            }

            var items = array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => Item(i, baseUri)).ToList();
            return new ParsedFeed
            {
                Format = version.EndsWith("1.1", StringComparison.Ordinal) ? "json1.1" : "json1.0",
                Title = Str(root, "title"),
                SiteLink = XmlText.Resolve(Str(root, "home_page_url"), baseUri),
                Language = Str(root, "language"),
                Items = items,
            };
        }
    }

    private static FeedItem Item(JsonElement item, Uri? baseUri)
    {
        var author = item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array && authors.GetArrayLength() > 0
            ? Str(authors[0], "name")
            : item.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? Str(single, "name") : null;
        var link = Str(item, "url") ?? Str(item, "external_url");
        return new FeedItem
        {
            Id = Str(item, "id") ?? link,
            Link = XmlText.Resolve(link, baseUri),
            Title = Str(item, "title"),
            Summary = Str(item, "summary"),
            ContentHtml = Str(item, "content_html") ?? Str(item, "content_text"),
            Author = author,
            AuthorName = author,
            Published = FeedDateParser.Parse(Str(item, "date_published")),
            Updated = FeedDateParser.Parse(Str(item, "date_modified")),
        };
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString().Trim() is { Length: > 0 } s ? s : null
            : null;
}
