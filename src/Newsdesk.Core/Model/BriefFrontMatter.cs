namespace Newsdesk.Core.Model;

/// <summary>The YAML front matter of a brief (DESIGN.md, "The brief").</summary>
public sealed record BriefFrontMatter
{
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required DateOnly Date { get; init; }
    public required DateTimeOffset Updated { get; init; }

    /// <summary>The brief's version: 1 when first written, one more each time its story grew with new reports.</summary>
    public int Version { get; init; } = 1;
    public required string Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public required string Language { get; init; }
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>();
    public int SourcesCount { get; init; }
    public bool Featured { get; init; }
    public double Importance { get; init; }
    public string? Thread { get; init; }
    public string? Previous { get; init; }
    public string? Next { get; init; }
    public string Engine { get; init; } = "extractive";

    /// <summary>Tokens, cost and dropped sentences when a model wrote the brief; null for the extractive engine.</summary>
    public LlmUsage? Usage { get; init; }
    public required string Publisher { get; init; }
    public required string Url { get; init; }
}
