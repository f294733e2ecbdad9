using System.Text.Json.Serialization;

namespace Newsdesk.Core.Llm;

/// <summary>
/// The sections a model returns, as JSON matching <see cref="DraftSchema"/>. Every sentence carries its citations
/// inline ("... 1,200 people [2]."); <see cref="GroundingCheck"/> reads them before anything is kept.
/// </summary>
public sealed record LlmDraft
{
    public string? Title { get; init; }
    [JsonPropertyName("tldr")]
    public string TlDr { get; init; } = "";
    public IReadOnlyList<string> Summary { get; init; } = [];
    public IReadOnlyList<string> WhyItMatters { get; init; } = [];
    public IReadOnlyList<string> KeyPoints { get; init; } = [];
    public IReadOnlyList<DraftPerspective> Perspectives { get; init; } = [];
    public IReadOnlyList<DraftQuestion> Faq { get; init; } = [];

    /// <summary>An editorial opinion on the story; published labelled as opinion.</summary>
    public string? Take { get; init; }

    /// <summary>Key terms with their explanation; only asked for when translating a brief.</summary>
    public IReadOnlyList<DraftKeyTerm> KeyTerms { get; init; } = [];
}

/// <summary>One side of the story: who holds the view, and the cited sentence that states it.</summary>
public sealed record DraftPerspective(string Who, string Text);

public sealed record DraftQuestion(string Question, string Answer);

public sealed record DraftKeyTerm(string Term, string Explanation);
