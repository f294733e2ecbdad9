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
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }
}
