using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Http;

/// <summary>IPv6 forms that carry an IPv4 address, robots.txt never hiding a refusal, and deadlines on the body.</summary>
public class SafeFetchingTests
{
    [Theory]
    [InlineData("::127.0.0.1", false)]          // IPv4-compatible loopback
    [InlineData("::10.0.0.1", false)]           // IPv4-compatible private
    [InlineData("64:ff9b::7f00:1", false)]      // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe", false)]   // NAT64 of 169.254.169.254
    [InlineData("64:ff9b:1::c0a8:101", false)]  // local-use NAT64 of 192.168.1.1
    [InlineData("2002:c0a8:0101::1", false)]    // 6to4 of 192.168.1.1
    [InlineData("2002:7f00:0001::", false)]     // 6to4 of 127.0.0.1
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7", true)] // Teredo whose client is 8.8.8.8
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", false)] // Teredo whose client is 127.0.0.1
    [InlineData("ff02::1", false)]              // multicast
    [InlineData("64:ff9b::808:808", true)]      // NAT64 of 8.8.8.8
    [InlineData("2002:0808:0808::1", true)]     // 6to4 of 8.8.8.8
    public void IPv6_forms_that_embed_an_IPv4_address_are_judged_as_that_address(string address, bool allowed) =>
        Assert.Equal(allowed, new AddressGuard(false, false).IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public async Task A_robots_check_on_a_refused_host_reports_the_refusal_not_robots()
    {
        var settings = new FetchSettings { TimeoutSeconds = 2, Retries = 1 };
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/{**path}", () => "nothing"));
        using var fetcher = new HttpFetcher(settings);
        var reader = new PageReader(fetcher, new HostPoliteness(fetcher, settings));

        var error = await Assert.ThrowsAsync<RefusedException>(() => reader.LoadAsync(server.At("/story.html").ToString(), CancellationToken.None));

        Assert.StartsWith("refused 127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("robots", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_sends_headers_and_then_stalls_is_cut_off_by_the_idle_limit()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/stall", async (HttpContext c, CancellationToken ct) =>
        {
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html><body><p>", ct);
            await c.Response.Body.FlushAsync(ct);
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
        }));
        using var fetcher = new HttpFetcher(new FetchSettings { AllowLoopback = true, TimeoutSeconds = 5, IdleSeconds = 1, ResponseSeconds = 20 });

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/stall")));

        Assert.Contains("stalled (no data for 1s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_trickles_a_byte_at_a_time_is_cut_off_by_the_response_deadline()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/trickle", async (HttpContext c, CancellationToken ct) =>
        {
            c.Response.ContentType = "text/html";
            while (!ct.IsCancellationRequested)
            {
                await c.Response.WriteAsync("x", ct);
                await c.Response.Body.FlushAsync(ct);
                await Task.Delay(200, ct);
            }
        }));
        using var fetcher = new HttpFetcher(new FetchSettings { AllowLoopback = true, TimeoutSeconds = 5, IdleSeconds = 10, ResponseSeconds = 2 });

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.At("/trickle")));

        Assert.Contains("did not finish within 2s", error.Message, StringComparison.Ordinal);
    }
}
