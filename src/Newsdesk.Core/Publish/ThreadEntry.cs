namespace Newsdesk.Core.Publish;

/// <summary>One brief as a thread's page lists it.</summary>
public sealed record ThreadEntry(string Language, string Slug, string Title, DateOnly Date);
