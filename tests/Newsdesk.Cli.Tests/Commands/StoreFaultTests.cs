using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>Nothing half done, and every fault in one line: a damaged or foreign store is refused before anything is
/// written; a publish that fails leaves the previous files and the next run finishes it; credentials in item links are
/// never stored or published.</summary>
public class StoreFaultTests
{
    private static string Rss(string linkPrefix, params int[] ids) => "<rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
        + string.Concat(ids.Select(i => $"<item><title>Story {i}</title><link>{linkPrefix}/p/{i}.html</link><pubDate>{DateTimeOffset.UtcNow.AddMinutes(-i):R}</pubDate></item>"))
        + "</channel></rss>";

    private static string Page(int id) =>
        $"<html lang=\"en\"><body><article><h1>Harbour report {id}</h1><p>Report {id}: the harbour council of Lindau voted on the ferry budget after a long debate about timetables and fares.</p><p>Councillor Mara Quinn said report {id} would be discussed again next week with the ferry operator.</p></article></body></html>";

    private static Dictionary<string, string?> Loopback => new() { ["NEWSDESK_Fetch__AllowLoopback"] = "true", ["NEWSDESK_Fetch__HostDelayMs"] = "0" };

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    [Fact]
    public async Task A_foreign_sqlite_file_is_refused_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "newsdesk.db");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');";
            create.ExecuteNonQuery();
        }

        var before = Hash(db);
        var (exit, _, error) = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("is not a Newsdesk store (it holds other tables, such as customers); nothing was written", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task A_damaged_store_is_refused_in_one_line_with_how_to_recover_and_is_left_as_it_was()
    {
        using var temp = new TempDirectory();
        await using var outlet = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", () => Results.Text(Rss("", 1), "application/rss+xml")));
        Assert.Equal(0, (await CliRun.Invoke(Loopback, "add", "--data-dir", temp.Path, outlet.At("/feed.xml").ToString())).Exit);
        var db = Path.Combine(temp.Path, "newsdesk.db");
        // Damage the pages after the file's header: tables and indexes SQLite reads.
        using (var file = File.Open(db, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Seek(4096 * 3, SeekOrigin.Begin);
            file.Write(Enumerable.Repeat((byte)0x5A, 4096 * 4).ToArray());
        }

        var before = Hash(db);
        var (exit, _, error) = await CliRun.Invoke(Loopback, "run", "--once", "--now", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("is damaged", error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        Assert.Contains(".recover", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(before, Hash(db));
        Assert.Equal(1, (await CliRun.Invoke("feeds", "--data-dir", temp.Path)).Exit);
    }

    [Fact]
    public async Task A_publish_that_fails_exits_1_in_one_line_and_the_next_run_publishes_what_is_left()
    {
        using var temp = new TempDirectory();
        var ids = new List<int> { 1 };
        await using var outlet = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(Rss("", [.. ids]), "application/rss+xml"));
            app.MapGet("/p/{id:int}.html", (int id) => Results.Content(Page(id), "text/html"));
        });
        Assert.Equal(0, (await CliRun.Invoke(Loopback, "add", "--data-dir", temp.Path, outlet.At("/feed.xml").ToString())).Exit);
        Assert.Equal(0, (await CliRun.Invoke(Loopback, "run", "--once", "--now", "--data-dir", temp.Path)).Exit);
        var feed = Path.Combine(temp.Path, "site", "feed.xml");
        var before = File.ReadAllText(feed);

        // A second story arrives; the site's feed cannot be written this time (its temporary's name is taken by a folder).
        ids.Add(2);
        Directory.CreateDirectory(feed + ".tmp");
        var (exit, _, error) = await CliRun.Invoke(Loopback, "run", "--once", "--now", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("could not write", error, StringComparison.Ordinal);
        Assert.Contains("feed.xml", error, StringComparison.Ordinal);
        Assert.Contains("the next run publishes what is left", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), l => l.StartsWith("newsdesk:", StringComparison.Ordinal)); // progress lines aside
        Assert.Equal(before, File.ReadAllText(feed));

        Directory.Delete(feed + ".tmp");
        var (again, output, _) = await CliRun.Invoke(Loopback, "run", "--once", "--data-dir", temp.Path);

        Assert.Equal(0, again);
        Assert.Contains("an earlier run left unpublished", output, StringComparison.Ordinal);
        Assert.Contains("Harbour report 2", File.ReadAllText(feed), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(temp.Path, "site"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Credentials_in_item_links_are_neither_stored_nor_published()
    {
        using var temp = new TempDirectory();
        LoopbackServer? outlet = null;
        outlet = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(Rss($"http://reader:s3cret-word@127.0.0.1:{outlet!.Url.Port}", 1, 2), "application/rss+xml"));
            app.MapGet("/p/{id:int}.html", (int id) => Results.Content(Page(id), "text/html"));
        });
        await using var _ = outlet;
        Assert.Equal(0, (await CliRun.Invoke(Loopback, "add", "--data-dir", temp.Path, outlet.At("/feed.xml").ToString())).Exit);

        var (exit, _, error) = await CliRun.Invoke(Loopback, "run", "--once", "--now", "--data-dir", temp.Path);

        Assert.True(exit == 0, error);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Path, "newsdesk.db")};Pooling=False"))
        {
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT COUNT(*) FROM articles WHERE url LIKE '%s3cret%' OR key LIKE '%s3cret%' OR canonical_url LIKE '%s3cret%'";
            Assert.Equal(0L, (long)query.ExecuteScalar()!);
            query.CommandText = "SELECT COUNT(*) FROM articles";
            Assert.Equal(2L, (long)query.ExecuteScalar()!);
        }

        var published = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".db", StringComparison.Ordinal) && !f.Contains(".db-", StringComparison.Ordinal));
        Assert.All(published, f => Assert.DoesNotContain("s3cret", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
