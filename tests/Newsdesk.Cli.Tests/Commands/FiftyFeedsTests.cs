using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newsdesk.Web;

namespace Newsdesk.Cli.Tests.Commands;

public class FiftyFeedsTests
{
    [Fact]
    public async Task Fifty_feeds_are_fetched_once_and_a_second_run_within_the_interval_fetches_none()
    {
        using var temp = new TempDirectory();
        var requests = new ConcurrentDictionary<string, int>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var outlet = builder.Build();
        outlet.Use((context, next) =>
        {
            requests.AddOrUpdate(context.Request.Path, 1, (_, n) => n + 1);
            return next(context);
        });
        outlet.MapGet("/feeds/{n:int}.xml", (int n) => Results.Text(
            $"<rss version=\"2.0\"><channel><title>Feed {n}</title><item><title>Story {n}</title><link>/pages/{n}.html</link></item></channel></rss>", "application/rss+xml"));
        outlet.MapGet("/pages/{n:int}.html", (int n) => Results.Content(
            $"<html lang=\"en\"><body><article><h1>Story {n}</h1><p>Harbour number {n} reopened on Monday after repairs, officials said in a statement.</p></article></body></html>", "text/html"));
        outlet.MapGet("/old.xml", () => Results.Redirect("/feeds/1.xml", permanent: true));
        await outlet.StartAsync();
        var baseUrl = outlet.BoundUrl();
        var opml = Path.Combine(temp.Path, "subscriptions.opml");
        await File.WriteAllTextAsync(opml, "<opml version=\"2.0\"><body>"
            + string.Concat(Enumerable.Range(1, 50).Select(n => $"<outline text=\"Feed {n}\" xmlUrl=\"{new Uri(baseUrl, $"/feeds/{n}.xml")}\"/>")) + "</body></opml>");
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__HostDelayMs", "0");
        try
        {
            var add = await CliRun.Invoke("add", "--data-dir", temp.Path, opml);
            requests.Clear();
            var first = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);
            var firstRequests = requests.ToDictionary(kv => kv.Key, kv => kv.Value);
            requests.Clear();
            var second = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

            Assert.Equal(50, add.Out.Split('\n').Count(l => l.StartsWith("added: feed", StringComparison.Ordinal)));
            Assert.True(first.Out.Contains("Fetched 50 sources: 50 new articles", StringComparison.Ordinal), first.Out + first.Err);
            Assert.All(Enumerable.Range(1, 50), n => Assert.Equal(1, firstRequests[$"/feeds/{n}.xml"]));
            Assert.Contains("Fetched 0 sources: 0 new articles", second.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(requests.Keys, k => k.StartsWith("/feeds/", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__HostDelayMs", null);
        }
    }

    [Fact]
    public async Task A_feed_that_moved_permanently_is_polled_at_its_new_address()
    {
        using var temp = new TempDirectory();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var outlet = builder.Build();
        outlet.MapGet("/old.xml", () => Results.Redirect("/new.xml", permanent: true));
        outlet.MapGet("/new.xml", () => Results.Text("<rss version=\"2.0\"><channel><title>Moved</title></channel></rss>", "application/rss+xml"));
        await outlet.StartAsync();
        Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", "true");
        try
        {
            await CliRun.Invoke("add", "--data-dir", temp.Path, new Uri(outlet.BoundUrl(), "/old.xml").ToString());
            await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);
            var (_, feeds, _) = await CliRun.Invoke("feeds", "--data-dir", temp.Path);

            Assert.Contains("/new.xml", feeds, StringComparison.Ordinal);
            Assert.DoesNotContain("/old.xml", feeds, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSDESK_Fetch__AllowLoopback", null);
        }
    }
}
