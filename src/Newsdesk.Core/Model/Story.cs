namespace Newsdesk.Core.Model;

/// <summary>One event reported by one or more sources. The id is stable as the story grows.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required IReadOnlyList<long> ArticleIds { get; init; }
    public string? ThreadId { get; init; }
    public DateTimeOffset FirstPublished { get; init; }
    public DateTimeOffset Updated { get; init; }
    public IReadOnlyList<KeyTerm> KeyTerms { get; init; } = [];
}
