namespace Newsdesk.Core.Model;

/// <summary>One entry of a parsed feed, before its page is fetched.</summary>
public sealed record FeedItem
{
    public string? Id { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? ContentHtml { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
}
