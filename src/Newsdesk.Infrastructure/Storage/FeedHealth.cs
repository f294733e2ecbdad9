using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>A subscription's health as `newsdesk feeds` shows it.</summary>
public sealed record FeedHealth(Source Source, int Articles, double ArticlesPerDay, DateTimeOffset? Newest);
