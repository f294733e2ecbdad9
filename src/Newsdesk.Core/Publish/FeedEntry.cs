using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>A brief as a feed shows it: the brief and its sanitized HTML (<see cref="FeedEntryContent"/>).</summary>
public sealed record FeedEntry(StoryBrief Brief, string Html);
