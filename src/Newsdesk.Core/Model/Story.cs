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

    /// <summary>Syndicated or re-published copies among <see cref="ArticleIds"/>: copy → the earlier article it repeats.
    /// A copy is an alternate of its source, not another source.</summary>
    public IReadOnlyDictionary<long, long> Alternates { get; init; } = new Dictionary<long, long>();

    /// <summary>The articles that count as sources: all but the copies.</summary>
    public IEnumerable<long> SourceIds => ArticleIds.Where(id => !Alternates.ContainsKey(id));
}
