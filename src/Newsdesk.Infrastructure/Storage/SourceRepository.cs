using System.Data.Common;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Subscriptions and their fetch state.</summary>
public sealed class SourceRepository(DbConnection connection, SqlDialect dialect, PendingItemRepository pending)
{
    private const string Columns = "id, url, kind, title, site_url, etag, last_modified, last_fetched_at, last_status, last_error, next_poll_at, error_count, last_attempt_at";

    /// <summary>Adds a subscription; adding the same URL again returns the existing one unchanged.</summary>
    public (Source Source, bool Added) Add(string url, SourceKind kind)
    {
        var added = connection.Execute("INSERT INTO sources (url, kind, created_at) VALUES (@u, @k, @t) ON CONFLICT DO NOTHING", null,
            ("@u", url), ("@k", kind.ToString().ToLowerInvariant()), ("@t", DateTimeOffset.UtcNow.Iso())) == 1;
        return (Find(url)!, added);
    }

    public Source? Find(string url) =>
        connection.Query($"SELECT {Columns} FROM sources WHERE url = @u", Map, null, ("@u", url)).FirstOrDefault();

    public IReadOnlyList<Source> All() => connection.Query($"SELECT {Columns} FROM sources ORDER BY id", Map);

    /// <summary>When the next subscription falls due (null when none is scheduled).</summary>
    public DateTimeOffset? NextDue() =>
        connection.Query("SELECT MIN(next_poll_at) FROM sources", r => r.DateOrNull(0)).FirstOrDefault();

    /// <summary>How many sources are due now (held by a worker or not).</summary>
    public int DueCount(DateTimeOffset now) =>
        connection.Scalar<int>("SELECT COUNT(*) FROM sources WHERE next_poll_at IS NULL OR next_poll_at <= @now", null, ("@now", now.Iso()));

    /// <summary>Up to <paramref name="limit"/> of the sources due now that no other worker holds (oldest subscription first),
    /// claimed for <paramref name="claim"/>'s worker until it runs out.</summary>
    public IReadOnlyList<Source> ClaimDue(WorkerClaim claim, int limit = int.MaxValue) => connection.Query($"""
        UPDATE sources SET claimed_by = @w, claimed_until = @until
        WHERE id IN (SELECT id FROM sources
                     WHERE (next_poll_at IS NULL OR next_poll_at <= @now) AND (claimed_until IS NULL OR claimed_until <= @now)
                     ORDER BY id LIMIT @n{dialect.SkipLocked})
        RETURNING {Columns}
        """, Map, null, ("@w", claim.Worker), ("@until", claim.Until.Iso()), ("@now", claim.Now.Iso()), ("@n", limit)).OrderBy(s => s.Id).ToList();

    /// <summary>Marks a poll as started, before anything is fetched: a poll that never records its end shows as unfinished.</summary>
    public void RecordAttempt(long id, DateTimeOffset at) =>
        connection.Execute("UPDATE sources SET last_attempt_at = @at WHERE id = @id", null, ("@at", at.Iso()), ("@id", id));

    /// <summary>Polls due now whatever their schedule says: all sources, or those with the given URLs. Returns the URLs not subscribed.</summary>
    public IReadOnlyList<string> MakeDue(IReadOnlyCollection<string> urls)
    {
        if (urls.Count == 0)
        {
            connection.Execute("UPDATE sources SET next_poll_at = NULL");
            return [];
        }

        return urls.Where(url => connection.Execute("UPDATE sources SET next_poll_at = NULL WHERE url = @u", null, ("@u", url)) == 0).ToList();
    }

    /// <summary>
    /// Records a completed poll and queues the items it found, in one transaction: either both happen or neither, so a
    /// feed is never marked as read (validators saved, next poll hours ahead) while its items are lost.
    /// </summary>
    /// <remarks>With a <c>claim</c>, the pages are queued held by that worker, which fetches them next; without, for anyone.</remarks>
    public List<PendingItem> RecordPoll(Source source, IEnumerable<(string Url, FeedItem? Item)> items, DateTimeOffset now, WorkerClaim? claim = null)
    {
        using var transaction = connection.BeginTransaction();
        RecordFetch(source, transaction);
        var added = pending.Add(transaction, source.Id, items, now, refresh: source.Kind != SourceKind.Feed, claim);
        transaction.Commit();
        return added;
    }

    public void RecordFetch(Source source, DbTransaction? transaction = null)
    {
        connection.Execute("""
            UPDATE sources SET title = COALESCE(@title, title), site_url = COALESCE(@site, site_url), etag = @etag, last_modified = @lm,
                last_fetched_at = @at, last_status = @status, last_error = @error, next_poll_at = @next, error_count = @errors,
                claimed_by = NULL, claimed_until = NULL WHERE id = @id
            """, transaction,
            ("@title", source.Title), ("@site", source.SiteUrl), ("@etag", source.ETag), ("@lm", source.LastModified),
            ("@at", source.LastFetchedAt.Iso()), ("@status", source.LastStatus), ("@error", source.LastError),
            ("@next", source.NextPollAt.Iso()), ("@errors", source.ErrorCount), ("@id", source.Id));
    }

    /// <summary>A feed that moved permanently: subscribe to the new address (unless it is already a subscription).</summary>
    public bool Move(long id, string newUrl) =>
        connection.Execute("UPDATE sources SET url = @u WHERE id = @id AND NOT EXISTS (SELECT 1 FROM sources WHERE url = @u)", null, ("@u", newUrl), ("@id", id)) == 1;

    /// <summary>Keeps a per-item error (a page that failed to fetch or extract) for the user to see.</summary>
    public void LogError(long? sourceId, string url, string error) =>
        connection.Execute("INSERT INTO fetch_log (at, source_id, url, error) VALUES (@at, @s, @u, @e)", null,
            ("@at", DateTimeOffset.UtcNow.Iso()), ("@s", sourceId), ("@u", url), ("@e", error));

    /// <summary>Each source with its article count and rate (articles per day over the span of their dates).</summary>
    public IReadOnlyList<FeedHealth> Health()
    {
        var spans = connection.Query("SELECT source_id, COUNT(*), MIN(COALESCE(published, fetched_at)), MAX(COALESCE(published, fetched_at)) FROM articles WHERE source_id IS NOT NULL GROUP BY source_id",
            r => (Id: r.GetInt64(0), Count: r.Int(1), First: r.DateOrNull(2), Last: r.DateOrNull(3))).ToDictionary(x => x.Id);
        var queued = pending.CountBySource();
        return All().Select(source =>
        {
            var waiting = queued.GetValueOrDefault(source.Id);
            if (!spans.TryGetValue(source.Id, out var span))
            {
                return new FeedHealth(source, 0, 0, null, waiting);
            }

            var days = Math.Max(1, ((span.Last ?? DateTimeOffset.UtcNow) - (span.First ?? DateTimeOffset.UtcNow)).TotalDays);
            return new FeedHealth(source, span.Count, Math.Round(span.Count / days, 2), span.Last, waiting);
        }).ToList();
    }

    public int ErrorCount() => connection.Scalar<int>("SELECT COUNT(*) FROM fetch_log");

    private static Source Map(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        Kind = Enum.Parse<SourceKind>(r.GetString(2), ignoreCase: true),
        Title = r.StringOrNull(3),
        SiteUrl = r.StringOrNull(4),
        ETag = r.StringOrNull(5),
        LastModified = r.StringOrNull(6),
        LastFetchedAt = r.DateOrNull(7),
        LastStatus = r.IsDBNull(8) ? null : r.GetInt32(8),
        LastError = r.StringOrNull(9),
        NextPollAt = r.DateOrNull(10),
        ErrorCount = r.GetInt32(11),
        LastAttemptAt = r.DateOrNull(12),
    };
}
