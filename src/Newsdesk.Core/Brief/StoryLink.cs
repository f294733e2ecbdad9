namespace Newsdesk.Core.Brief;

/// <summary>How one story is addressed in one language: enough to link to it from another brief.</summary>
public sealed record StoryLink(string StoryId, string Language, string Slug, string Title, DateTimeOffset FirstPublished, IReadOnlySet<string> TermKeys)
{
    /// <summary>The story's key terms in this language, where the planner worked them out (for the headline and the
    /// related-topic keys) from the articles the brief is written from: the writer takes them instead of merging and
    /// choosing them again. Null for links to stories this run does not plan.</summary>
    public StoryKeyTerms? KeyTerms { get; init; }
}
