namespace Newsdesk.Infrastructure.Storage;

/// <summary>Which briefs a list shows: filters, newest first, one page at a time.</summary>
public sealed record BriefQuery
{
    public string? Language { get; init; }
    public string? Category { get; init; }
    public string? Tag { get; init; }
    public bool FeaturedOnly { get; init; }
    public DateOnly? Date { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 30;
}
