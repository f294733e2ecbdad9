namespace Newsdesk.Core.Brief;

/// <summary>How one story is addressed in one language: enough to link to it from another brief.</summary>
public sealed record StoryLink(string StoryId, string Language, string Slug, string Title, DateTimeOffset FirstPublished, IReadOnlySet<string> TermKeys);
