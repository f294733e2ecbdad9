namespace Newsdesk.Core.Model;

/// <summary>An extracted news article: clean paragraphs plus the metadata the page carried.</summary>
public sealed record Article
{
    public long Id { get; init; }
    public long? SourceId { get; init; }
    public required string Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public required string Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string Language { get; init; } = "und";
    public string? SiteName { get; init; }
    public string? LeadImage { get; init; }
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public string ContentHash { get; init; } = "";
    public int Version { get; init; } = 1;

    /// <summary>The identity used for de-duplication: the canonical URL when the page declares one.</summary>
    public string Key => CanonicalUrl ?? Url;

    public string Text => string.Join("\n\n", Paragraphs);
}
