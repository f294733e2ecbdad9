using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>A subscription's health as `newsdesk feeds` shows it; <paramref name="Queued"/> pages wait in the page queue.</summary>
public sealed record FeedHealth(Source Source, int Articles, double ArticlesPerDay, DateTimeOffset? Newest, int Queued = 0)
{
    /// <summary>A poll started and never recorded its end (the process was killed or is hanging there now).</summary>
    public bool Unfinished => Source.LastAttemptAt is { } attempt && (Source.LastFetchedAt is not { } done || attempt > done);

    public bool Failing => Source.LastError is not null || Unfinished;

    /// <summary>What went wrong, in one line, or null when healthy.</summary>
    public string? Problem => Unfinished
        ? $"the poll started {When(Source.LastAttemptAt)} never finished (interrupted, or still running)"
        : Source.LastError;

    private static string When(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
