using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// PostgreSQL: tsvector search (Newsdesk's English and German configurations, GIN indexes), row claims with
/// <c>FOR UPDATE SKIP LOCKED</c> and advisory locks for the steps that must run once at a time across processes.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    // Advisory lock keys: any two numbers no other application on the database is likely to use ("NEWS" and a step).
    private const long MigrationKey = 0x4E455753_00000001;
    private const long BuildKey = 0x4E455753_00000002;

    /// <summary>Each word in both languages' forms: a brief is indexed in its own language's configuration, and the reader
    /// may search either in English or German.</summary>
    private const string Query = "(plainto_tsquery('newsdesk_english', @q) || plainto_tsquery('newsdesk_german', @q))";

    internal override StoreProvider Provider => StoreProvider.Postgres;

    internal override IReadOnlyList<(int Version, string Name, string Sql)> Migrations => PostgresMigrations.All;

    internal override string IndexedBy(string index) => "";

    internal override string TagList(string briefId) => $"(SELECT string_agg(tag, chr(31)) FROM brief_tags t WHERE t.brief_id = {briefId})";

    internal override string OrderedJoin => "JOIN";

    internal override string SkipLocked => " FOR UPDATE SKIP LOCKED";

    /// <summary>
    /// The best by rank (title matches weigh more) among the newest <paramref name="window"/> matches, as on SQLite. A GIN
    /// index cannot return matches newest first, and sorting every match of a common word meant reading thousands of
    /// rows; so the matches among the newest <see cref="RecentBriefs"/> briefs are looked at first, and only when they are
    /// fewer than the window are all matches sorted. Either way the result is the newest matches: any match outside the
    /// recent range is older than every one inside it.
    /// </summary>
    internal override string BriefSearch(string cardColumns, int window) => $"""
        WITH q AS (SELECT {Query} AS query),
             recent AS (SELECT b.id FROM briefs b, q
                        WHERE b.search @@ q.query AND b.id > (SELECT COALESCE(MAX(id), 0) FROM briefs) - {RecentBriefs}
                        ORDER BY b.id DESC LIMIT {window}),
             hits AS (SELECT id FROM recent WHERE (SELECT COUNT(*) FROM recent) >= {window}
                      UNION ALL
                      SELECT id FROM (SELECT b.id FROM briefs b, q WHERE (SELECT COUNT(*) FROM recent) < {window} AND b.search @@ q.query
                                      ORDER BY b.id DESC LIMIT {window}) AS older),
             best AS (SELECT b.id, b.language, b.body, q.query FROM hits h JOIN briefs b ON b.id = h.id CROSS JOIN q
                      ORDER BY ts_rank(b.search, q.query) DESC, b.id DESC LIMIT @n)
        SELECT {cardColumns},
               ts_headline(CASE WHEN best.language = 'de' THEN 'newsdesk_german'::regconfig ELSE 'newsdesk_english'::regconfig END, COALESCE(best.body, ''), best.query,
                   'StartSel=' || chr({(int)SearchHit.MarkStart}) || ', StopSel=' || chr({(int)SearchHit.MarkEnd}) || ', MinWords=8, MaxWords=16, MaxFragments=1, FragmentDelimiter=…')
        FROM best JOIN briefs b ON b.id = best.id
        ORDER BY ts_rank(b.search, best.query) DESC, b.id DESC
        """;

    /// <summary>How many of the newest briefs a search looks in first (a few days of a large newsroom).</summary>
    private const int RecentBriefs = 2000;

    internal override string ArticleSearch(string columns) =>
        $"SELECT {columns} FROM articles a WHERE a.search @@ {Query} ORDER BY ts_rank(a.search, {Query}) DESC, a.id DESC LIMIT @n";

    /// <summary>As typed: plainto_tsquery reads no operators and requires every word.</summary>
    internal override string SearchQuery(string query) => query;

    internal override void Configure(DbConnection connection)
    {
    }

    internal override IDisposable MigrationLock(DbConnection connection)
    {
        connection.Execute($"SELECT pg_advisory_lock({MigrationKey})");
        return new Unlock(connection, MigrationKey);
    }

    internal override IDisposable BuildLock(DbConnection connection, Action<string>? waiting)
    {
        if (!connection.Scalar<bool>($"SELECT pg_try_advisory_lock({BuildKey})"))
        {
            waiting?.Invoke("another worker is building stories on this database; waiting for it to finish");
            connection.Execute($"SELECT pg_advisory_lock({BuildKey})");
        }

        return new Unlock(connection, BuildKey);
    }

    /// <summary>Indexes left invalid (by a failed concurrent build) are what can go wrong here that queries would not notice.</summary>
    internal override string TableNames => "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()";

    internal override string IntegrityCheck(DbConnection connection)
    {
        var invalid = connection.Scalar<long>("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT i.indisvalid");
        return invalid == 0 ? "ok" : $"{invalid} invalid index(es): REINDEX them";
    }

    private sealed class Unlock(DbConnection connection, long key) : IDisposable
    {
        public void Dispose()
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                connection.Execute($"SELECT pg_advisory_unlock({key})");
            }
        }
    }
}
