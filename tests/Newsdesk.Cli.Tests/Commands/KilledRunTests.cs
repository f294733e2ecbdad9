using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newsdesk.Web;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>
/// kill -9 at random points, many times: every item must end up stored exactly once and the store must stay sound,
/// although the feed answers 304 and is not due again once its first poll was recorded.
/// </summary>
public class KilledRunTests
{
    private const int Items = 30;

    [Fact]
    public async Task Runs_killed_at_random_points_lose_no_item_and_store_none_twice()
    {
        using var temp = new TempDirectory();
        var pageRequests = new ConcurrentDictionary<int, int>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var outlet = builder.Build();
        outlet.MapGet("/feed.xml", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                return Results.StatusCode(304);
            }

            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.CacheControl = "max-age=14400";
            return Results.Text("<rss version=\"2.0\"><channel><title>Kill test</title>"
                + string.Concat(Enumerable.Range(1, Items).Select(i => $"<item><title>Story {i}</title><link>/p/{i}.html</link><pubDate>{DateTimeOffset.UtcNow.AddMinutes(-i):R}</pubDate></item>"))
                + "</channel></rss>", "application/rss+xml");
        });
        outlet.MapGet("/p/{id:int}.html", async (int id) =>
        {
            pageRequests.AddOrUpdate(id, 1, (_, n) => n + 1);
            await Task.Delay(40 + (id % 5 * 20));
            return Results.Content($"<html lang=\"en\"><body><article><h1>Story {id}</h1><p>Report number {id}: the council met on the {id}th and voted on the harbour budget after a long debate about ferries.</p><p>Second paragraph of report {id}, with enough words to count as the text of an article.</p></article></body></html>", "text/html");
        });
        await outlet.StartAsync();
        var feed = new Uri(outlet.BoundUrl(), "feed.xml").ToString();
        var environment = new Dictionary<string, string> { ["NEWSDESK_Fetch__AllowLoopback"] = "true", ["NEWSDESK_Fetch__HostDelayMs"] = "0" };
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        try
        {
            Assert.Equal(0, (await CliRun.Invoke("add", "--data-dir", temp.Path, feed)).Exit);
            var random = new Random(18);
            for (var kill = 0; kill < 8; kill++)
            {
                using var process = NewsdeskProcess.Start(environment, "run", "--once", "--data-dir", temp.Path);
                // From before the store is opened to the middle of writing briefs.
                await Task.Delay(random.Next(150, 2500));
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var stored = NewsdeskProcess.Count(temp.Path, "articles");
            Assert.InRange(stored, 0, Items);

            var rerun = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

            Assert.True(rerun.Exit == 0, rerun.Err);
            Assert.Equal(Items, NewsdeskProcess.Count(temp.Path, "articles"));
            Assert.Equal(Items, NewsdeskProcess.Query<long>(temp.Path, "SELECT COUNT(DISTINCT url) FROM articles"));
            Assert.Equal(0, NewsdeskProcess.Count(temp.Path, "pending_items"));
            Assert.Equal("ok", NewsdeskProcess.Query<string>(temp.Path, "PRAGMA integrity_check"));
            Assert.Equal(Items, pageRequests.Count);
            AssertNothingHalfDone(temp.Path);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }

    [Fact]
    public async Task Runs_killed_while_they_build_leave_no_story_without_its_briefs_and_pages()
    {
        using var temp = new TempDirectory();
        // Many small stories, so that placing and writing briefs take long enough to be killed in the middle.
        const int stories = 120;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var outlet = builder.Build();
        string[] towns = ["Lindau", "Korvan", "Selby", "Avalen", "Thornbury", "Neustedt", "Brightwater", "Fenwick", "Kestrel", "Halvard"];
        string[] things = ["ferry budget", "school roof", "tram depot", "harbour wall", "museum wing", "bridge repair", "wind farm", "flood gate", "bus line", "library"];
        outlet.MapGet("/feed.xml", () => Results.Text("<rss version=\"2.0\"><channel><title>Build kill test</title>"
            + string.Concat(Enumerable.Range(1, stories).Select(i => $"<item><title>{towns[i % 10]} {things[i / 10 % 10]} {i}</title><link>/p/{i}.html</link><pubDate>{DateTimeOffset.UtcNow.AddHours(-i * 7):R}</pubDate></item>"))
            + "</channel></rss>", "application/rss+xml"));
        outlet.MapGet("/p/{id:int}.html", (int id) => Results.Content(
            $"<html lang=\"en\"><body><article><h1>{towns[id % 10]} votes on the {things[id / 10 % 10]}, item {id}</h1>"
            + $"<p>The council of {towns[id % 10]} voted {id} to {id % 7} on the {things[id / 10 % 10]} on Monday after a debate that ran late into the evening.</p>"
            + $"<p>Mayor {towns[(id + 3) % 10]}sen said the {things[id / 10 % 10]} would cost {id * 1000 + 517} euros and be finished within {id % 12 + 2} months.</p></article></body></html>",
            "text/html"));
        await outlet.StartAsync();
        var environment = new Dictionary<string, string> { ["NEWSDESK_Fetch__AllowLoopback"] = "true", ["NEWSDESK_Fetch__HostDelayMs"] = "0", ["NEWSDESK_Fetch__MaxPerHost"] = "8" };
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        try
        {
            Assert.Equal(0, (await CliRun.Invoke("add", "--data-dir", temp.Path, new Uri(outlet.BoundUrl(), "feed.xml").ToString())).Exit);
            // The first run fetches everything; its build is where the kills fall.
            using (var first = NewsdeskProcess.Start(environment, "run", "--once", "--data-dir", temp.Path))
            {
                await WaitForBuild(temp.Path, first);
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var random = new Random(34);
            for (var kill = 0; kill < 4; kill++)
            {
                using var process = NewsdeskProcess.Start(environment, "run", "--once", "--data-dir", temp.Path);
                await Task.Delay(random.Next(600, 1800));
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var rerun = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

            Assert.True(rerun.Exit == 0, rerun.Err);
            Assert.Equal(stories, NewsdeskProcess.Count(temp.Path, "articles"));
            Assert.Equal("ok", NewsdeskProcess.Query<string>(temp.Path, "PRAGMA integrity_check"));
            AssertNothingHalfDone(temp.Path);
            // And a run after that has nothing left to do.
            Assert.Contains("Nothing new to build: stories, briefs and pages are unchanged", (await CliRun.Invoke("run", "--once", "--data-dir", temp.Path)).Out, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }

    /// <summary>Waits until the run has stored every article (its build begins), or it ends.</summary>
    private static async Task WaitForBuild(string dataDir, System.Diagnostics.Process process)
    {
        for (var i = 0; i < 600 && !process.HasExited; i++)
        {
            await Task.Delay(50);
            try
            {
                if (NewsdeskProcess.Count(dataDir, "story_articles") > 0)
                {
                    return;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The store is being created or is busy: look again.
            }
        }
    }

    /// <summary>Every story has its briefs, every brief its page and Markdown file, and the journal owes nothing.</summary>
    private static void AssertNothingHalfDone(string dataDir)
    {
        Assert.Equal(0L, NewsdeskProcess.Query<long>(dataDir, "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM briefs b WHERE b.story_id = s.id)"));
        Assert.Equal("", NewsdeskProcess.Query<string>(dataDir, "SELECT COALESCE(group_concat(kind || ':' || key, ' '), '') FROM build_journal"));
        var places = NewsdeskProcess.Query<string>(dataDir, "SELECT group_concat(language || '/' || slug, ' ') FROM briefs").Split(' ');
        Assert.All(places, p => Assert.True(File.Exists(Path.Combine(dataDir, "site", p.Split('/')[0], p.Split('/')[1], "index.html")), p));
        Assert.All(places, p => Assert.True(File.Exists(Path.Combine(dataDir, "briefs", $"{p.Split('/')[1]}.{p.Split('/')[0]}.md")), p));
        Assert.Empty(Directory.GetFiles(Path.Combine(dataDir, "site"), "*.tmp", SearchOption.AllDirectories));
    }
}
