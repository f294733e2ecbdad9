namespace Newsdesk.Core.Model;

/// <summary>A feed document after parsing: its own metadata and its entries, whatever the format was.</summary>
public sealed record ParsedFeed
{
    public required string Format { get; init; }
    public string? Title { get; init; }
    public string? SiteLink { get; init; }
    public string? Language { get; init; }
    public string? Description { get; init; }
    public string? Rights { get; init; }
    public string? Id { get; init; }
    public string? Generator { get; init; }
    public IReadOnlyList<FeedItem> Items { get; init; } = [];

    /// <summary>When the document was malformed and repaired: what was wrong with it (the "bozo" reason).</summary>
    public string? Recovered { get; init; }

    /// <summary>Entries that could not be read even after repair, each with its reason; the others are in <see cref="Items"/>.</summary>
    public IReadOnlyList<string> SkippedItems { get; init; } = [];
}
