namespace Newsdesk.Infrastructure.Storage;

/// <summary>Which briefs a list shows: filters, newest first, one page at a time.</summary>
public sealed record BriefQuery
{
    /// <summary>Only briefs in this language.</summary>
    public string? Language { get; init; }

    /// <summary>Each story once, in this language where it has a brief in it, else in the other (a reader's list).</summary>
    public string? ShownIn { get; init; }
    public string? Category { get; init; }
    public string? Tag { get; init; }
    public bool FeaturedOnly { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>Only briefs of stories first published on or after this day.</summary>
    public DateOnly? Since { get; init; }
    public int Page { get; init; } = 1;
    public const int DefaultPageSize = 30;

    public int PageSize { get; init; } = DefaultPageSize;
}
