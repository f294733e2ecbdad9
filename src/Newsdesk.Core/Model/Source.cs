namespace Newsdesk.Core.Model;

/// <summary>A subscription: a feed, a single page or a local file, with its fetch state.</summary>
public sealed record Source
{
    public long Id { get; init; }
    public required string Url { get; init; }
    public SourceKind Kind { get; init; }
    public string? Title { get; init; }
    public string? SiteUrl { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastFetchedAt { get; init; }
    public int? LastStatus { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Fetches that failed in a row; polling backs off with it.</summary>
    public int ErrorCount { get; init; }

    /// <summary>When the last poll started; later than <see cref="LastFetchedAt"/> when it never finished.</summary>
    public DateTimeOffset? LastAttemptAt { get; init; }
}
