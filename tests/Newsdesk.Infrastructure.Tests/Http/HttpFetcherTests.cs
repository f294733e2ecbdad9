using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;

using Newsdesk.Tests.Shared;

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

        var error = await Assert.ThrowsAsync<RefusedException>(() => fetcher.FetchAsync(server.At("/feed")));
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
    public async Task Redirect_loops_and_long_chains_end_with_a_clear_error()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a"));
            app.MapGet("/chain/{n:int}", (int n) => Results.Redirect($"/chain/{n + 1}"));
        });
        using var fetcher = new HttpFetcher(Loopback(s => s.MaxRedirects = 3));

        var loop = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/a")));
        var chain = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/chain/1")));
        Assert.Contains("redirect loop", loop.Message, StringComparison.Ordinal);
        Assert.Contains("too many redirects", chain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permanent_moves_are_reported_and_temporary_ones_are_not()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/old", () => Results.Redirect("/new", permanent: true));
            app.MapGet("/moved-for-now", () => Results.Redirect("/new"));
            app.MapGet("/new", () => "<rss/>");
        });
        using var fetcher = new HttpFetcher(Loopback());

        var permanent = await fetcher.FetchAsync(server.At("/old"));
        var temporary = await fetcher.FetchAsync(server.At("/moved-for-now"));

        Assert.Equal(server.At("/new"), permanent.PermanentlyMovedTo);
        Assert.Equal(server.At("/new"), temporary.FinalUrl);
        Assert.Null(temporary.PermanentlyMovedTo);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_before_connecting()
    {
        // 169.254.169.254 is the link-local metadata address a hostile feed would aim at; the guard refuses it
        // before any socket is opened, so this test sends nothing there.
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => Results.Redirect("http://169.254.169.254/latest/meta-data/")));
        using var fetcher = new HttpFetcher(Loopback());

        var error = await Assert.ThrowsAsync<RefusedException>(() => fetcher.FetchAsync(server.At("/feed")));
        Assert.Contains("refused 169.254.169.254", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Compressed_responses_are_decompressed(string encoding)
    {
        var body = System.Text.Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>Zipped Über</title></channel></rss>");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", async (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = encoding;
            c.Response.ContentType = "application/rss+xml";
            await using Stream compressor = encoding == "gzip"
                ? new System.IO.Compression.GZipStream(c.Response.Body, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)
                : new System.IO.Compression.BrotliStream(c.Response.Body, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
            await compressor.WriteAsync(body);
        }));
        using var fetcher = new HttpFetcher(Loopback());

        var result = await fetcher.FetchAsync(server.At("/feed"));
        Assert.Equal("Zipped Über", Core.Ingest.FeedParser.Parse(result.Body, result.FinalUrl).Title);
    }

    [Fact]
    public async Task An_endless_body_stops_at_the_size_limit()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/endless", async (HttpContext c, CancellationToken ct) =>
        {
            var chunk = new byte[8192];
            while (!ct.IsCancellationRequested)
            {
                await c.Response.Body.WriteAsync(chunk, ct);
            }
        }));
        using var fetcher = new HttpFetcher(Loopback(s => s.MaxBytes = 100_000));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/endless")));
        Assert.Contains("100000 byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_charset_header_loses_to_the_documents_own_declaration()
    {
        var feed = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Straßenbahn in Köln</title></channel></rss>");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => Results.Bytes(feed, "application/rss+xml; charset=iso-8859-1")));
        using var fetcher = new HttpFetcher(Loopback());

        var result = await fetcher.FetchAsync(server.At("/feed"));

        Assert.Equal("iso-8859-1", result.Charset);
        Assert.Equal("Straßenbahn in Köln", Core.Ingest.FeedParser.Parse(result.Body, result.FinalUrl, result.Charset).Title);
        Assert.Equal("Straßenbahn in Köln", Core.Extract.HtmlDecoder.Decode(System.Text.Encoding.UTF8.GetBytes("Straßenbahn in Köln"), "iso-8859-1"));
    }

    [Fact]
    public async Task Non_http_schemes_are_refused()
    {
        using var fetcher = new HttpFetcher(Loopback());
        var error = await Assert.ThrowsAsync<RefusedException>(() => fetcher.FetchAsync(new Uri("file:///etc/passwd")));
        Assert.Contains("only http and https", error.Message, StringComparison.Ordinal);
    }
}
