using System.Data.Common;
using System.Text.Json;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// The page queue. A poll writes the items it found here in the same transaction that records the poll (so a killed
/// run can never mark a feed as read while losing its items); a page leaves the queue in the transaction that stores
/// its article, or when it is given up.
/// </summary>
public sealed class PendingItemRepository(DbConnection connection, SqlDialect dialect)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Queues items in an open transaction; returns those newly queued (known articles and queued URLs are skipped
    /// unless <paramref name="refresh"/>, for page and file subscriptions that are read again each time they are due).</summary>
    internal List<PendingItem> Add(DbTransaction transaction, long sourceId, IEnumerable<(string Url, FeedItem? Item)> items, DateTimeOffset now, bool refresh, WorkerClaim? claim = null)
    {
        var added = new List<PendingItem>();
        foreach (var (link, item) in items)
        {
            var url = Core.Ingest.Addresses.WithoutCredentials(link);
            var id = connection.Query("""
                INSERT INTO pending_items (source_id, url, item, published, found_at, claimed_by, claimed_until)
                SELECT @s, @u, @i, @p, @at, @w, @until WHERE @refresh OR NOT EXISTS (SELECT 1 FROM articles WHERE url = @u OR key = @u)
                ON CONFLICT DO NOTHING
                RETURNING id
                """, r => r.GetInt64(0), transaction,
                ("@s", sourceId), ("@u", url), ("@i", item is null ? null : JsonSerializer.Serialize(item, Json)),
                ("@p", (item?.Published ?? item?.Updated).Iso()), ("@at", now.Iso()), ("@refresh", refresh),
                ("@w", claim?.Worker), ("@until", claim?.Until.Iso())).FirstOrDefault();
            if (id != 0)
            {
                added.Add(new PendingItem(id, sourceId, url, item, now, 0));
            }
        }

        return added;
    }

    /// <summary>
    /// What a worker takes from the queue: per source at most <paramref name="perSource"/> of the pages no other worker
    /// holds, newest first, claimed until <paramref name="claim"/> runs out. The claim is checked again on the rows it
    /// locks, so a page another worker claimed meanwhile is skipped, never taken twice.
    /// </summary>
    public IReadOnlyList<PendingItem> Claim(int perSource, WorkerClaim claim) => connection.Query($"""
        UPDATE pending_items SET claimed_by = @w, claimed_until = @until
        WHERE id IN (
            SELECT p.id FROM pending_items p
            WHERE p.id IN (SELECT id FROM (
                    SELECT id, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY COALESCE(published, found_at) DESC, id) AS turn
                    FROM pending_items WHERE claimed_until IS NULL OR claimed_until <= @now) AS ranked
                WHERE turn <= @n)
              AND (p.claimed_until IS NULL OR p.claimed_until <= @now){dialect.SkipLocked})
        RETURNING id, source_id, url, item, found_at, attempts, COALESCE(published, found_at)
        """, r => (Item: Map(r), Order: r.GetString(6)), null,
        ("@w", claim.Worker), ("@until", claim.Until.Iso()), ("@now", claim.Now.Iso()), ("@n", Math.Max(1, perSource)))
        .OrderBy(x => x.Item.SourceId).ThenByDescending(x => x.Order, StringComparer.Ordinal).ThenBy(x => x.Item.Id).Select(x => x.Item).ToList();

    /// <summary>
    /// Takes a feed's queued page off the queue when its article is stored meanwhile; true when it did. Another worker
    /// may store the article between this page being queued and fetched (it queued the page while that worker's
    /// transaction storing it was still open): fetching it again would only find it unchanged. Pages of page and file
    /// subscriptions are read again on purpose, and are kept.
    /// </summary>
    public bool DropIfStored(long id) => connection.Execute("""
        DELETE FROM pending_items WHERE id = @id
          AND EXISTS (SELECT 1 FROM sources s WHERE s.id = pending_items.source_id AND s.kind = 'feed')
          AND EXISTS (SELECT 1 FROM articles a WHERE a.url = pending_items.url OR a.key = pending_items.url)
        """, null, ("@id", id)) == 1;

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM pending_items");

    public Dictionary<long, int> CountBySource() =>
        connection.Query("SELECT source_id, COUNT(*) FROM pending_items GROUP BY source_id", r => (r.GetInt64(0), r.Int(1))).ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>Records a failed attempt; a permanent failure, or the last allowed attempt, gives the item up. True when given up.</summary>
    public bool Fail(long id, string error, bool permanent, int maxAttempts)
    {
        using var transaction = connection.BeginTransaction();
        var attempts = connection.Scalar<int>("UPDATE pending_items SET attempts = attempts + 1, last_error = @e, claimed_by = NULL, claimed_until = NULL WHERE id = @id RETURNING attempts", transaction, ("@e", error), ("@id", id));
        var givenUp = permanent || attempts >= maxAttempts;
        if (givenUp)
        {
            connection.Execute("DELETE FROM pending_items WHERE id = @id", transaction, ("@id", id));
        }

        transaction.Commit();
        return givenUp;
    }

    private static PendingItem Map(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : JsonSerializer.Deserialize<FeedItem>(r.GetString(3), Json),
        r.DateOrNull(4) ?? DateTimeOffset.UtcNow, r.GetInt32(5));
}
