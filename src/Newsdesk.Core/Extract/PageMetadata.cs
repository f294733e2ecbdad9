namespace Newsdesk.Core.Extract;

/// <summary>What a page says about itself in its head, JSON-LD and markup.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }
    public string? LeadImage { get; init; }

    /// <summary>The page's own summary (meta description, og:description, JSON-LD description).</summary>
    public string? Description { get; init; }
}
