using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>A page waiting to be fetched: found in a poll (with its feed entry) or a page/file subscription, kept until stored or given up.</summary>
public sealed record PendingItem(long Id, long SourceId, string Url, FeedItem? Item, DateTimeOffset FoundAt, int Attempts);
