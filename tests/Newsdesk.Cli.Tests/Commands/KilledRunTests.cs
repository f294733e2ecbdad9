using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Newsdesk.Web;

namespace Newsdesk.Cli.Tests.Commands;

public class KilledRunTests
{
    private const int Items = 12;

    [Fact]
    public async Task A_run_killed_mid_ingest_keeps_what_it_stored_and_the_rerun_completes_without_duplicates()
    {
        using var temp = new TempDirectory();
        var slow = true;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var outlet = builder.Build();
        outlet.MapGet("/feed.xml", () => Results.Text(
            "<rss version=\"2.0\"><channel><title>Slow</title>"
            + string.Concat(Enumerable.Range(1, Items).Select(i => $"<item><title>Story {i}</title><link>/p/{i}.html</link></item>"))
            + "</channel></rss>", "application/rss+xml"));
        outlet.MapGet("/p/{id:int}.html", async (int id) =>
        {
            // The first run gets slower pages, so it is still ingesting when it is killed.
            await Task.Delay(slow ? 150 * id : 0);
            return Results.Content($"<html lang=\"en\"><body><article><h1>Story {id}</h1><p>Paragraph of story number {id} with enough words to count as article text here.</p></article></body></html>", "text/html");
        });
        await outlet.StartAsync();
        var feed = new Uri(outlet.BoundUrl(), "feed.xml").ToString();
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        try
        {
            Assert.Equal(0, (await CliRun.Invoke("add", "--data-dir", temp.Path, feed)).Exit);

            using (var process = StartNewsdesk("run", "--once", "--data-dir", temp.Path))
            {
                var waited = Stopwatch.StartNew();
                while (ArticleCount(temp.Path) < 2 && waited.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(50);
                }

                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var survived = ArticleCount(temp.Path);
            Assert.InRange(survived, 2, Items - 1);

            slow = false;
            using (var db = new SqliteConnection($"Data Source={Path.Combine(temp.Path, "newsdesk.db")};Pooling=false"))
            {
                db.Open();
                using var due = db.CreateCommand();
                due.CommandText = "UPDATE sources SET next_poll_at = NULL";
                due.ExecuteNonQuery();
            }

            var rerun = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

            Assert.True(rerun.Exit == 0, rerun.Err);
            Assert.Contains($"{Items - survived} new", rerun.Out, StringComparison.Ordinal);
            Assert.Equal(Items, ArticleCount(temp.Path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }

    private static Process StartNewsdesk(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    private static long ArticleCount(string dataDir)
    {
        var path = Path.Combine(dataDir, "newsdesk.db");
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=false");
        db.Open();
        using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM articles";
        return (long)count.ExecuteScalar()!;
    }
}
