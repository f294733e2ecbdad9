using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// What the two engines write differently (public only because the repositories take it; its members are internal). Every other statement is shared: both read <c>@name</c> parameters,
/// <c>ON CONFLICT … DO UPDATE</c>, <c>RETURNING</c>, window functions and ISO-8601 dates stored as text.
/// </summary>
public abstract class SqlDialect
{
    internal abstract StoreProvider Provider { get; }

    /// <summary>The numbered schema steps, the same numbers and names on both engines.</summary>
    internal abstract IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; }

    /// <summary>Pins a table to an index where SQLite's planner would choose worse; PostgreSQL plans by statistics.</summary>
    internal abstract string IndexedBy(string index);

    /// <summary>A brief's tags joined by the unit separator (character 31).</summary>
    internal abstract string TagList(string briefId);

    /// <summary>A join whose order is fixed as written (SQLite's CROSS JOIN … ON); PostgreSQL's planner orders it itself.</summary>
    internal abstract string OrderedJoin { get; }

    /// <summary>Appended to a claim's selection, so two workers never claim the same row (PostgreSQL); SQLite has one writer.</summary>
    internal abstract string SkipLocked { get; }

    /// <summary>Search over briefs: card columns, then a snippet with marks; parameters @q (the user's words) and @n.</summary>
    internal abstract string BriefSearch(string cardColumns, int window);

    /// <summary>Search over articles; parameters @q and @n.</summary>
    internal abstract string ArticleSearch(string columns);

    /// <summary>What the user typed, as the search parameter's value.</summary>
    internal abstract string SearchQuery(string query);

    /// <summary>Runs once on each new connection (SQLite's journal and foreign keys; nothing for PostgreSQL).</summary>
    internal abstract void Configure(DbConnection connection);

    /// <summary>Held while migrations run, so two processes starting at once do not both apply them.</summary>
    internal abstract IDisposable MigrationLock(DbConnection connection);

    /// <summary>Held while a build places articles and writes briefs: one builder at a time on one database.</summary>
    internal abstract IDisposable BuildLock(DbConnection connection, Action<string>? waiting);

    /// <summary>The names of the tables in the store's schema (SQLite's own left out).</summary>
    internal abstract string TableNames { get; }

    /// <summary>The engine's consistency check: "ok" when sound.</summary>
    internal abstract string IntegrityCheck(DbConnection connection);
}
