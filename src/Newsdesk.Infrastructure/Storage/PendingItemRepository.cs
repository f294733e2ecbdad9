using System.Text.Json;
using Microsoft.Data.Sqlite;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// The page queue. A poll writes the items it found here in the same transaction that records the poll (so a killed
/// run can never mark a feed as read while losing its items); a page leaves the queue in the transaction that stores
/// its article, or when it is given up.
/// </summary>
public sealed class PendingItemRepository(SqliteConnection connection)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Queues items in an open transaction; returns those newly queued (known articles and queued URLs are skipped
    /// unless <paramref name="refresh"/>, for page and file subscriptions that are read again each time they are due).</summary>
    internal List<PendingItem> Add(SqliteTransaction transaction, long sourceId, IEnumerable<(string Url, FeedItem? Item)> items, DateTimeOffset now, bool refresh)
    {
        var added = new List<PendingItem>();
        foreach (var (url, item) in items)
        {
            var id = connection.Query("""
                INSERT OR IGNORE INTO pending_items (source_id, url, item, published, found_at)
                SELECT $s, $u, $i, $p, $at WHERE $refresh OR NOT EXISTS (SELECT 1 FROM articles WHERE url = $u OR key = $u)
                RETURNING id
                """, r => r.GetInt64(0), transaction,
                ("$s", sourceId), ("$u", url), ("$i", item is null ? null : JsonSerializer.Serialize(item, Json)),
                ("$p", (item?.Published ?? item?.Updated).Iso()), ("$at", now.Iso()), ("$refresh", refresh)).FirstOrDefault();
            if (id != 0)
            {
                added.Add(new PendingItem(id, sourceId, url, item, now, 0));
            }
        }

        return added;
    }

    /// <summary>What a run takes from the queue: per source at most <paramref name="perSource"/>, newest first.</summary>
    public IReadOnlyList<PendingItem> Take(int perSource) => connection.Query("""
        SELECT id, source_id, url, item, found_at, attempts FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY COALESCE(published, found_at) DESC, id) AS turn FROM pending_items)
        WHERE turn <= $n ORDER BY source_id, turn
        """, Map, null, ("$n", Math.Max(1, perSource)));

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM pending_items");

    public Dictionary<long, int> CountBySource() =>
        connection.Query("SELECT source_id, COUNT(*) FROM pending_items GROUP BY source_id", r => (r.GetInt64(0), r.GetInt32(1))).ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>Records a failed attempt; a permanent failure, or the last allowed attempt, gives the item up. True when given up.</summary>
    public bool Fail(long id, string error, bool permanent, int maxAttempts)
    {
        using var transaction = connection.BeginTransaction();
        var attempts = connection.Scalar<int>("UPDATE pending_items SET attempts = attempts + 1, last_error = $e WHERE id = $id RETURNING attempts", transaction, ("$e", error), ("$id", id));
        var givenUp = permanent || attempts >= maxAttempts;
        if (givenUp)
        {
            connection.Execute("DELETE FROM pending_items WHERE id = $id", transaction, ("$id", id));
        }

        transaction.Commit();
        return givenUp;
    }

    private static PendingItem Map(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : JsonSerializer.Deserialize<FeedItem>(r.GetString(3), Json),
        r.DateOrNull(4) ?? DateTimeOffset.UtcNow, r.GetInt32(5));
}
