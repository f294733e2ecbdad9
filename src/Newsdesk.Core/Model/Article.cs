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

    /// <summary>True when no container scored as the page's main text and the text is the page's best text block or its
    /// description instead: readable, but perhaps not the article (the run logs it; see ArticleExtractor).</summary>
    public bool LowConfidence { get; init; }
    public string ContentHash { get; init; } = "";
    public int Version { get; init; } = 1;

    /// <summary>The identity used for de-duplication: the canonical URL when the page declares one.</summary>
    public string Key => CanonicalUrl ?? Url;

    public string Text => string.Join("\n\n", Paragraphs);
}
