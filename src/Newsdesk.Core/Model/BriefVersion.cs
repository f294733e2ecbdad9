namespace Newsdesk.Core.Model;

/// <summary>One stored version of a brief: when, its headline and TL;DR, how many sources, what it added (its "What's
/// new") and which of the previous version's sentences it no longer states.</summary>
public sealed record BriefVersion(int Version, DateTimeOffset At, string Title, string? TlDr, int SourcesCount, IReadOnlyList<string> Added, IReadOnlyList<string> Dropped);
