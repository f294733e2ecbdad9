using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>The commands on PostgreSQL: the demo writes the same briefs as on SQLite, never wipes a store that is not a
/// demo's, and `migrate` moves a SQLite store over without loss.</summary>
public class PostgresCommandTests
{
    /// <summary>A data directory whose newsdesk.json points the store at <paramref name="connectionString"/>.</summary>
    private static void UsePostgres(string dataDir, string connectionString) =>
        File.WriteAllText(Path.Combine(dataDir, "newsdesk.json"),
            System.Text.Json.JsonSerializer.Serialize(new { Store = new { Provider = "postgres", ConnectionString = connectionString } }));

    /// <summary>The briefs by file name; the outlets' port written as PORT (they listen on a fixed port unless another
    /// program holds it, and then on any free one).</summary>
    private static SortedDictionary<string, string> Briefs(string dataDir) => new(
        Directory.GetFiles(Path.Combine(dataDir, "briefs"), "*.md").ToDictionary(f => Path.GetFileName(f),
            f => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(f), @"127\.0\.0\.1:\d+", "127.0.0.1:PORT")), StringComparer.Ordinal);

    [Fact]
    public async Task The_demo_on_postgres_writes_the_same_briefs_as_on_sqlite_and_starts_afresh_each_time()
    {
        using var sqlite = new TempDirectory();
        using var postgres = new TempDirectory();
        var database = PostgresCluster.NewDatabase();
        UsePostgres(postgres.Path, database);

        var onSqlite = await CliRun.Invoke("demo", "--no-serve", "--data-dir", sqlite.Path);
        var onPostgres = await CliRun.Invoke("demo", "--no-serve", "--data-dir", postgres.Path);
        var again = await CliRun.Invoke("demo", "--no-serve", "--data-dir", postgres.Path);

        Assert.True(onSqlite.Exit == 0, onSqlite.Err);
        Assert.True(onPostgres.Exit == 0, onPostgres.Err);
        Assert.Contains("Store: postgres://newsdesk@127.0.0.1:", onPostgres.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(postgres.Path, "newsdesk.db")));
        Assert.Contains("wrote 22 of 22 briefs", onPostgres.Out, StringComparison.Ordinal);
        // Both read every page (a page that timed out under load would change a story's sources, and so its brief).
        Assert.Contains("Fetched 7 sources: 41 new articles, 0 updated, 0 unchanged, no errors", onSqlite.Out, StringComparison.Ordinal);
        Assert.Contains("Fetched 7 sources: 41 new articles, 0 updated, 0 unchanged, no errors", onPostgres.Out, StringComparison.Ordinal);
        var (expected, actual) = (Briefs(sqlite.Path), Briefs(postgres.Path));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, brief => Assert.True(brief.Value == actual[brief.Key], $"{brief.Key} differs:\n{brief.Value}\n----- on PostgreSQL:\n{actual[brief.Key]}\n----- output:\n{onPostgres.Out}{onPostgres.Err}"));
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains("Fetched 7 sources: 41 new articles", again.Out, StringComparison.Ordinal);
        using var store = NewsStore.Open(StoreLocation.Postgres(database));
        Assert.Equal(43, store.Articles.Count()); // 41, and the 2 later reports of the demo's second run
        Assert.Equal(22, store.Briefs.Count());
    }

    [Fact]
    public async Task The_demo_refuses_a_postgres_database_that_follows_other_sources_and_changes_nothing()
    {
        using var temp = new TempDirectory();
        var database = PostgresCluster.NewDatabase();
        UsePostgres(temp.Path, database);
        using (var store = NewsStore.Open(StoreLocation.Postgres(database)))
        {
            store.Sources.Add("https://news.example/feed.xml", SourceKind.Feed);
        }

        var (exit, _, error) = await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("this database follows 1 other source(s) (such as https://news.example/feed.xml)", error, StringComparison.Ordinal);
        using var after = NewsStore.Open(StoreLocation.Postgres(database));
        Assert.Equal("https://news.example/feed.xml", Assert.Single(after.Sources.All()).Url);
    }

    [Fact]
    public async Task Migrate_copies_a_sqlite_store_into_postgres_checks_every_table_and_refuses_a_database_with_data()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, (await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path)).Exit);
        var database = PostgresCluster.NewDatabase();
        var withPassword = database + ";Password=hunter2";

        var (exit, output, error) = await CliRun.Invoke("--data-dir", temp.Path, "migrate", "--to", "postgres", "--connection", withPassword);
        var second = await CliRun.Invoke("--data-dir", temp.Path, "migrate", "--to", "postgres", "--connection", database);

        Assert.True(exit == 0, error);
        Assert.Contains("All 18 tables match", output, StringComparison.Ordinal);
        Assert.Matches(@"articles\s+43\s+43\s+[0-9a-f]{16} ✓", output);
        Assert.Matches(@"briefs\s+22\s+22\s+[0-9a-f]{16} ✓", output);
        Assert.Contains("NEWSDESK_Store__Provider=postgres", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", output, StringComparison.Ordinal);
        Assert.Equal(1, second.Exit);
        Assert.Contains("already holds data", second.Err, StringComparison.Ordinal);

        using var copy = NewsStore.Open(StoreLocation.Postgres(database));
        using var original = NewsStore.Open(Path.Combine(temp.Path, "newsdesk.db"));
        Assert.Equal(original.Briefs.List().Select(b => (b.FrontMatter.Slug, b.FrontMatter.Title)), copy.Briefs.List().Select(b => (b.FrontMatter.Slug, b.FrontMatter.Title)));
        Assert.Equal(original.Briefs.Search("harbour").Select(h => h.Card.Slug).Order(), copy.Briefs.Search("harbour").Select(h => h.Card.Slug).Order());
        // New rows continue after the copied ones.
        var (added, isNew) = copy.Sources.Add("https://news.example/feed.xml", SourceKind.Feed);
        Assert.True(isNew);
        Assert.Equal(original.Sources.All().Max(s => s.Id) + 1, added.Id);
    }

    [Fact]
    public async Task A_postgres_store_that_cannot_be_reached_or_is_not_named_is_one_line_and_exit_1()
    {
        using var unreachable = new TempDirectory();
        using var unnamed = new TempDirectory();
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port; // free once the listener stops: nothing answers there
        }

        UsePostgres(unreachable.Path, $"Host=127.0.0.1;Port={port};Username=newsdesk;Database=newsdesk;Timeout=3");
        File.WriteAllText(Path.Combine(unnamed.Path, "newsdesk.json"), """{ "Store": { "Provider": "postgres" } }""");

        var down = await CliRun.Invoke("--data-dir", unreachable.Path, "feeds");
        var missing = await CliRun.Invoke("--data-dir", unnamed.Path, "feeds");

        Assert.Equal(1, down.Exit);
        Assert.StartsWith("newsdesk: cannot reach the PostgreSQL server ", down.Err, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", down.Err, StringComparison.Ordinal);
        Assert.Single(down.Err.Trim().Split('\n'));
        Assert.Equal(1, missing.Exit);
        Assert.Contains("Store:ConnectionString (NEWSDESK_Store__ConnectionString) is empty", missing.Err, StringComparison.Ordinal);
    }
}
