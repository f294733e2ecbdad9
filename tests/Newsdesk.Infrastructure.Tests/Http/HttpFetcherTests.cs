using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;

namespace Newsdesk.Infrastructure.Tests.Http;

public class HttpFetcherTests
{
    private static FetchSettings Loopback(Action<FetchSettings>? change = null)
    {
        var settings = new FetchSettings { AllowLoopback = true, TimeoutSeconds = 2, Retries = 1 };
        change?.Invoke(settings);
        return settings;
    }

    [Fact]
    public async Task Loopback_is_refused_unless_allowed()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => "ok"));
        using var fetcher = new HttpFetcher(new FetchSettings());

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/feed")));
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowLoopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.1.2.3", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void Address_guard_allows_only_public_addresses_by_default(string address, bool allowed) =>
        Assert.Equal(allowed, new AddressGuard(false, false).IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public async Task Conditional_get_returns_not_modified_for_a_known_etag()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                return Results.StatusCode(304);
            }

            c.Response.Headers.ETag = "\"v1\"";
            return Results.Text("<rss/>", "application/rss+xml");
        }));
        using var fetcher = new HttpFetcher(Loopback());

        var first = await fetcher.FetchAsync(server.At("/feed"));
        var second = await fetcher.FetchAsync(server.At("/feed"), first.ETag);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.False(first.NotModified);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_refused()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/big", () => Results.Text(new string('x', 50_000))));
        using var fetcher = new HttpFetcher(Loopback(s => s.MaxBytes = 10_000));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/big")));
        Assert.Contains("10000 byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_statuses_carry_the_status_and_gone_is_410()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/gone", () => Results.StatusCode(410)));
        using var fetcher = new HttpFetcher(Loopback());

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/gone")));
        Assert.Equal(HttpStatusCode.Gone, error.Status);
        Assert.Contains("410", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_host_times_out()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/hang", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return "late";
        }));
        using var fetcher = new HttpFetcher(Loopback(s => s.TimeoutSeconds = 1));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/hang")));
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_loops_end_with_a_clear_error()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/loop", () => Results.Redirect("/loop")));
        using var fetcher = new HttpFetcher(Loopback(s => s.MaxRedirects = 3));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/loop")));
        Assert.Contains("too many redirects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_http_schemes_are_refused()
    {
        using var fetcher = new HttpFetcher(Loopback());
        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("file:///etc/passwd")));
        Assert.Contains("only http and https", error.Message, StringComparison.Ordinal);
    }
}
