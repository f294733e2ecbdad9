namespace Newsdesk.Core.Publish;

/// <summary>One brief as a thread's page lists it: its story, language, slug, headline, day and TL;DR.</summary>
public sealed record ThreadEntry(string StoryId, string Language, string Slug, string Title, DateOnly Date, string? TlDr = null);
