using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Tests.Shared;
using Npgsql;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>PostgreSQL stopped in the middle of a run: the run stops with one line and exit 1, and once the server is
/// back the next run finishes what it left (no story without its briefs, nothing owed).</summary>
public class PostgresLostTests
{
    [Fact]
    public async Task A_run_whose_postgres_server_stops_mid_build_ends_in_one_line_and_the_next_run_finishes_its_work()
    {
        using var temp = new TempDirectory();
        using var cluster = PostgresCluster.StartIsolated();
        File.WriteAllText(Path.Combine(temp.Path, "newsdesk.json"),
            $$"""{ "Store": { "Provider": "postgres", "ConnectionString": "{{cluster.ConnectionString}}" } }""");
        const int stories = 80;
        await using var outlet = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text("<rss version=\"2.0\"><channel><title>Lost server test</title>"
                + string.Concat(Enumerable.Range(1, stories).Select(i => $"<item><title>Item {i}</title><link>/p/{i}.html</link><pubDate>{DateTimeOffset.UtcNow.AddHours(-i * 9):R}</pubDate></item>"))
                + "</channel></rss>", "application/rss+xml"));
            app.MapGet("/p/{id:int}.html", (int id) => Results.Content(
                $"<html lang=\"en\"><body><article><h1>Harbour board meeting number {id}</h1><p>The harbour board of Lindau met for the {id}th time on Monday and approved spending of {id * 1000 + 311} euros on quay repairs.</p>"
                + $"<p>Board chair Ines Moreau said meeting {id} had also discussed the ferry timetable for the winter months.</p></article></body></html>", "text/html"));
        });
        var environment = new Dictionary<string, string> { ["NEWSDESK_Fetch__AllowLoopback"] = "true", ["NEWSDESK_Fetch__HostDelayMs"] = "0" };
        Assert.Equal(0, (await CliRun.Invoke(environment.ToDictionary(e => e.Key, e => (string?)e.Value), "add", "--data-dir", temp.Path, outlet.At("/feed.xml").ToString())).Exit);

        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using (var run = NewsdeskProcess.Start(environment, "run", "--once", "--data-dir", temp.Path))
        {
            run.ErrorDataReceived += (_, e) => lines.Enqueue(e.Data ?? "");
            await WaitForStories(cluster.ConnectionString, run);
            cluster.Stop();
            Assert.True(run.WaitForExit(60_000), "the run stopped");
            run.WaitForExit(); // and its last lines of output were read (the timed wait does not wait for them)
            Assert.Equal(1, run.ExitCode);
        }

        var said = lines.Where(l => l.StartsWith("newsdesk:", StringComparison.Ordinal)).ToList();
        Assert.Single(said);
        Assert.Contains("PostgreSQL", said[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)); // no stack trace

        cluster.Start();
        var (exit, _, error) = await CliRun.Invoke(environment.ToDictionary(e => e.Key, e => (string?)e.Value), "run", "--once", "--now", "--data-dir", temp.Path);

        Assert.True(exit == 0, error);
        NpgsqlConnection.ClearAllPools(); // this test's own pooled connections predate the restart
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(stories, await Scalar(connection, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(0, await Scalar(connection, "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM briefs b WHERE b.story_id = s.id)"));
        Assert.Equal(0, await Scalar(connection, "SELECT COUNT(*) FROM build_journal"));
        Assert.Equal(0, await Scalar(connection, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)"));
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the run has placed articles in stories (its build is under way), or ends.</summary>
    private static async Task WaitForStories(string connectionString, System.Diagnostics.Process run)
    {
        for (var i = 0; i < 1200 && !run.HasExited; i++)
        {
            await Task.Delay(25);
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                if (await Scalar(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'story_articles'") > 0
                    && await Scalar(connection, "SELECT COUNT(*) FROM story_articles") > 0)
                {
                    return;
                }
            }
            catch (NpgsqlException)
            {
                // Not there yet.
            }
        }
    }
}
