using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>What one batch of the brief step stores at once (<see cref="BriefRepository.Apply(BriefBatch)"/>).</summary>
public sealed record BriefBatch
{
    /// <summary>Briefs written, each with the fingerprint of its inputs.</summary>
    public IReadOnlyList<(StoryBrief Brief, string? InputHash)> Written { get; init; } = [];

    /// <summary>Briefs removed (their story is gone, or no longer has that language).</summary>
    public IReadOnlyCollection<(string StoryId, string Language)> Removed { get; init; } = [];

    /// <summary>Stories whose briefs this batch considered: their journal entries are met.</summary>
    public IReadOnlyCollection<string> Considered { get; init; } = [];

    /// <summary>Where the written and removed briefs were shown before this batch.</summary>
    public IReadOnlyList<BriefPlace> Before { get; init; } = [];
}
