using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// The sanitized HTML of feed entries, one row per brief address with the fingerprint of the body it was made from, so
/// a publish sanitizes only the entries whose briefs changed. Bounded by the briefs that were ever in a feed.
/// </summary>
public sealed class FeedEntryRepository(DbConnection connection)
{
    public Dictionary<string, (string Hash, string Html)> Find(IEnumerable<string> urls) =>
        connection.QueryIn("SELECT url, hash, html FROM feed_entries WHERE url IN ({keys})", urls, r => (Url: r.GetString(0), Hash: r.GetString(1), Html: r.GetString(2)))
            .ToDictionary(x => x.Url, x => (x.Hash, x.Html), StringComparer.Ordinal);

    public void Save(IReadOnlyCollection<(string Url, string Hash, string Html)> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        foreach (var (url, hash, html) in entries)
        {
            connection.Execute("INSERT INTO feed_entries (url, hash, html) VALUES (@u, @h, @t) ON CONFLICT(url) DO UPDATE SET hash = excluded.hash, html = excluded.html",
                transaction, ("@u", url), ("@h", hash), ("@t", html));
        }

        transaction.Commit();
    }
}
