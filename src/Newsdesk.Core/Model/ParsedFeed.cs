namespace Newsdesk.Core.Model;

/// <summary>A feed document after parsing: its own metadata and its entries, whatever the format was.</summary>
public sealed record ParsedFeed
{
    public required string Format { get; init; }
    public string? Title { get; init; }
    public string? SiteLink { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<FeedItem> Items { get; init; } = [];
}
