namespace Newsdesk.Core.Model;

/// <summary>One entry of a parsed feed, before its page is fetched.</summary>
public sealed record FeedItem
{
    public string? Id { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? ContentHtml { get; init; }
    /// <summary>The author as feeds show it ("Name (email)" when both are given).</summary>
    public string? Author { get; init; }

    /// <summary>The author's name alone, for bylines.</summary>
    public string? AuthorName { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The dates as the feed wrote them (for display and conformance checks).</summary>
    public string? PublishedText { get; init; }
    public string? UpdatedText { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Comments { get; init; }
    public string? EnclosureUrl { get; init; }
}
