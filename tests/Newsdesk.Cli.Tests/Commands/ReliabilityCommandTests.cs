using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>What an operator sees: feeds that tell the truth, polling on demand, one-line errors for bad input and bad settings.</summary>
public class ReliabilityCommandTests
{
    private static string Rss(params int[] ids) => "<rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
        + string.Concat(ids.Select(i => $"<item><title>Story {i}</title><link>/p/{i}.html</link><pubDate>{DateTimeOffset.UtcNow.AddMinutes(-i):R}</pubDate></item>"))
        + "</channel></rss>";

    private static string Page(int id) =>
        $"<html lang=\"en\"><body><article><h1>Story {id}</h1><p>Report {id}: the harbour council voted on the ferry budget after a long debate about timetables.</p><p>More words about report {id} so that it reads as an article.</p></article></body></html>";

    [Fact]
    public async Task A_poll_killed_while_the_feed_hangs_shows_as_unfinished_and_feeds_exits_1()
    {
        using var temp = new TempDirectory();
        var hanging = new TaskCompletionSource();
        var hit = new TaskCompletionSource();
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", async (CancellationToken aborted) =>
        {
            if (hit.Task.IsCompleted)
            {
                hanging.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(60), aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            hit.TrySetResult();
            return Results.Text(Rss(), "application/rss+xml");
        }));
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        try
        {
            Assert.Equal(0, (await CliRun.Invoke("add", "--data-dir", temp.Path, server.At("/feed.xml").ToString())).Exit);
            using (var process = NewsdeskProcess.Start(new Dictionary<string, string> { ["NEWSDESK_Fetch__AllowLoopback"] = "true" }, "run", "--once", "--data-dir", temp.Path))
            {
                await hanging.Task.WaitAsync(TimeSpan.FromSeconds(30));
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var (exit, output, _) = await CliRun.Invoke("feeds", "--data-dir", temp.Path);

            Assert.Equal(1, exit);
            Assert.Contains("unfinished", output, StringComparison.Ordinal);
            Assert.Contains("never finished", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }

    [Fact]
    public async Task Run_now_polls_a_feed_that_is_not_due_and_refuses_a_url_that_is_not_subscribed()
    {
        using var temp = new TempDirectory();
        var ids = new[] { 1 };
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", (HttpContext c) =>
            {
                c.Response.Headers.CacheControl = "max-age=14400";
                return Results.Text(Rss(ids), "application/rss+xml");
            });
            app.MapGet("/p/{id:int}.html", (int id) => Results.Content(Page(id), "text/html"));
        });
        var feed = server.At("/feed.xml").ToString();
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        try
        {
            await CliRun.Invoke("add", "--data-dir", temp.Path, feed);
            Assert.Contains("1 new", (await CliRun.Invoke("run", "--once", "--data-dir", temp.Path)).Out, StringComparison.Ordinal);
            ids = [1, 2];

            var scheduled = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);
            var now = await CliRun.Invoke("run", "--once", "--now", feed, "--data-dir", temp.Path);
            var unknown = await CliRun.Invoke("run", "--once", "--now", "https://elsewhere.example/feed.xml", "--data-dir", temp.Path);

            Assert.Contains("Fetched 0 sources", scheduled.Out, StringComparison.Ordinal);
            Assert.Contains("Fetched 1 source: 1 new article", now.Out, StringComparison.Ordinal);
            Assert.Equal(2, unknown.Exit);
            Assert.Equal("newsdesk: not subscribed: https://elsewhere.example/feed.xml (see `newsdesk feeds`)", unknown.Err.Trim());
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }

    [Fact]
    public async Task A_setting_that_is_not_a_number_is_one_line_naming_it()
    {
        using var temp = new TempDirectory();
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__TimeoutSeconds", "abc");
        try
        {
            var (exit, output, error) = await CliRun.Invoke("feeds", "--data-dir", temp.Path);

            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.Equal("newsdesk: setting Fetch:TimeoutSeconds (NEWSDESK_Fetch__TimeoutSeconds or newsdesk.json) is \"abc\", which is not a whole number", error.Trim());
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__TimeoutSeconds", null);
        }
    }

    [Fact]
    public async Task A_port_in_use_and_a_bad_urls_are_one_line_each_with_no_stack_trace()
    {
        using var temp = new TempDirectory();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var inUse = await CliRun.Invoke("serve", "--no-scheduler", "--urls", $"http://127.0.0.1:{port}", "--data-dir", temp.Path);
        var bad = await CliRun.Invoke("serve", "--no-scheduler", "--urls", "not a url", "--data-dir", temp.Path);

        Assert.Equal(1, inUse.Exit);
        Assert.Equal("", inUse.Out);
        Assert.Equal($"newsdesk: Failed to bind to address http://127.0.0.1:{port}: address already in use.", inUse.Err.Trim());
        Assert.Equal(1, bad.Exit);
        Assert.Equal("", bad.Out);
        Assert.Single(bad.Err.Trim().Split('\n'));
    }

    [Fact]
    public async Task Binaries_and_random_bytes_are_refused_by_extract_add_and_brief_in_one_line()
    {
        using var temp = new TempDirectory();
        var random = new byte[20_000];
        new Random(3).NextBytes(random);
        var noise = Path.Combine(temp.Path, "noise.html");
        await File.WriteAllBytesAsync(noise, random);
        var program = Path.Combine(temp.Path, "program");
        await File.WriteAllBytesAsync(program, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]);

        var extract = await CliRun.Invoke("extract", "--data-dir", temp.Path, program);
        var add = await CliRun.Invoke("add", "--data-dir", temp.Path, program);
        var brief = await CliRun.Invoke("brief", "--data-dir", temp.Path, noise);
        var feeds = await CliRun.Invoke("feeds", "--data-dir", temp.Path);

        Assert.Equal(1, extract.Exit);
        Assert.Equal("", extract.Out);
        Assert.Equal($"newsdesk: {program} is not a page or text file: it is an ELF executable, not a web page, feed or text file", extract.Err.Trim());
        Assert.Equal(1, add.Exit);
        Assert.Contains("not subscribed", add.Err, StringComparison.Ordinal);
        Assert.Contains("No subscriptions yet", feeds.Out, StringComparison.Ordinal);
        Assert.Equal(1, brief.Exit);
        Assert.Equal("", brief.Out);
        Assert.Single(brief.Err.Trim().Split('\n'));
        Assert.Contains("not a page or text file", brief.Err, StringComparison.Ordinal);
    }
}
