using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// Work a run still owes after it stored articles: the stories whose briefs must be considered (<see cref="Brief"/>),
/// the stories whose pages must be published (<see cref="Publish"/>) and a full build under way (<see cref="Full"/>).
/// An entry is written in the same transaction that creates the need (a story placed, a brief stored) and taken off in
/// the transaction that meets it, so a run killed anywhere in between leaves it for the next run, which finishes it
/// before anything else. Each entry carries a stamp that changes whenever it is noted again: a publisher takes off only
/// the entries it read, never one a later build noted while it wrote files.
/// </summary>
public sealed class BuildJournal(DbConnection connection)
{
    /// <summary>A story whose briefs must be considered (written, or kept when their inputs are unchanged).</summary>
    public const string Brief = "brief";

    /// <summary>A story whose briefs' files and the lists showing them must be written; the detail holds where its briefs
    /// were shown before (<see cref="BriefPlace"/> lines), so that the pages they left are refreshed or removed.</summary>
    public const string Publish = "publish";

    /// <summary>A full build (rebuild, or a store from before incremental builds) that has not finished.</summary>
    public const string Full = "full";

    /// <summary>Notes entries in the caller's transaction; a detail is appended to the one already noted.</summary>
    public void Note(DbTransaction transaction, string kind, IEnumerable<string> keys, string? detail = null)
    {
        var now = DateTimeOffset.UtcNow.Iso();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            connection.Execute("""
                INSERT INTO build_journal (kind, key, detail, stamp, since) VALUES (@k, @key, @d, @stamp, @now)
                ON CONFLICT (kind, key) DO UPDATE SET stamp = excluded.stamp,
                    detail = CASE WHEN build_journal.detail IS NULL THEN excluded.detail WHEN excluded.detail IS NULL THEN build_journal.detail
                                  ELSE build_journal.detail || @sep || excluded.detail END
                """, transaction, ("@k", kind), ("@key", key), ("@d", detail), ("@stamp", Guid.NewGuid().ToString("N")), ("@now", now), ("@sep", "\n"));
        }
    }

    /// <summary>Notes entries in a transaction of their own.</summary>
    public void Note(string kind, IEnumerable<string> keys, string? detail = null)
    {
        using var transaction = connection.BeginTransaction();
        Note(transaction, kind, keys, detail);
        transaction.Commit();
    }

    /// <summary>The entries of a kind, oldest first.</summary>
    public List<JournalEntry> Pending(string kind) =>
        connection.Query("SELECT key, detail, stamp FROM build_journal WHERE kind = @k ORDER BY since, key", r => new JournalEntry(r.GetString(0), r.StringOrNull(1), r.GetString(2)), null, ("@k", kind));

    public int Count(string kind) => connection.Scalar<int>("SELECT COUNT(*) FROM build_journal WHERE kind = @k", null, ("@k", kind));

    /// <summary>Every entry, by kind (for the run summary and the reader's readiness).</summary>
    public Dictionary<string, int> Counts() =>
        connection.Query("SELECT kind, COUNT(*) FROM build_journal GROUP BY kind", r => (r.GetString(0), r.Int(1))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    /// <summary>Takes entries off in the caller's transaction, whatever their stamp (the build holds the build lock).</summary>
    public void Done(DbTransaction transaction, string kind, IEnumerable<string> keys)
    {
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            connection.Execute("DELETE FROM build_journal WHERE kind = @k AND key = @key", transaction, ("@k", kind), ("@key", key));
        }
    }

    /// <summary>Takes off the entries as they were read: one noted again since keeps its place.</summary>
    public void Done(string kind, IEnumerable<JournalEntry> entries)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var entry in entries)
        {
            connection.Execute("DELETE FROM build_journal WHERE kind = @k AND key = @key AND stamp = @stamp", transaction, ("@k", kind), ("@key", entry.Key), ("@stamp", entry.Stamp));
        }

        transaction.Commit();
    }
}

/// <summary>One journal entry: its key (a story id), what it carries and the stamp it was read with.</summary>
public sealed record JournalEntry(string Key, string? Detail, string Stamp);
