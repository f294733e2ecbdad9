using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Web.Tests.Safety;

/// <summary>An outlet whose feed and pages carry every common kind of hostile markup, run through the whole pipeline.</summary>
public sealed class HostileSite : ReaderFixture
{
    public const string Marker = "Kestrel harbour";

    private const string Feed = """
        <rss version="2.0"><channel><title>Evil &lt;script&gt;alert('feed')&lt;/script&gt; Times</title>
        <item><title>Kestrel harbour &lt;img src=x onerror=alert(1)&gt; reopens</title><link>/a.html</link>
          <pubDate>Mon, 22 Jun 2026 08:00:00 GMT</pubDate>
          <description>&lt;iframe src="javascript:alert(2)"&gt;&lt;/iframe&gt;&lt;p onclick="alert(3)"&gt;summary&lt;/p&gt;</description></item>
        <item><title>Kestrel harbour: second report</title><link>/b.html</link><pubDate>Mon, 22 Jun 2026 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    // Page text that *reads* as markup (entities in the source), and real hostile elements the extractor must drop.
    private const string PageA = """
        <html lang="en"><head><title>x</title>
        <meta property="og:title" content="Kestrel harbour &lt;script&gt;alert(4)&lt;/script&gt; reopens &lt;img src=x onerror=alert(5)&gt;">
        <meta property="og:site_name" content="Evil &lt;b onmouseover=alert(6)&gt;Times">
        <meta property="article:published_time" content="2026-06-22T08:00:00Z"></head>
        <body><script>alert(7)</script><iframe src="javascript:alert(8)"></iframe>
        <article><h1>Kestrel harbour reopens</h1>
        <p onmouseover="alert(9)" style="width: expression(alert(10))">The Kestrel harbour reopened on Monday, officials said, and &lt;script&gt;alert(11)&lt;/script&gt; was printed on the sign.</p>
        <p>Visitors can read more at <a href="javascript:alert(12)">this javascript: link</a> about the Kestrel harbour ferry &lt;iframe src=//evil.example&gt; timetable today.</p>
        <p>The harbour master said the Kestrel harbour would stay open "whatever the weather" &lt;a href="javascript:alert(13)"&gt;click&lt;/a&gt; this summer.</p>
        </article></body></html>
        """;

    private const string PageB = """
        <html lang="en"><head><title>Kestrel harbour: second report</title><meta property="article:published_time" content="2026-06-22T09:00:00Z"></head>
        <body><article><h1>Kestrel harbour: second report</h1>
        <p>The Kestrel harbour reopened to ferries on Monday after repairs, the harbour master said in a statement.</p>
        <p>Critics said the Kestrel harbour repairs &lt;style&gt;body{background:url(javascript:alert(14))}&lt;/style&gt; took too long.</p>
        </article></body></html>
        """;

    protected override async Task<(IAsyncDisposable Outlets, IEnumerable<Uri> Feeds)> StartOutletsAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/feed.xml", () => Results.Text(Feed, "application/rss+xml"));
        app.MapGet("/a.html", () => Results.Content(PageA, "text/html"));
        app.MapGet("/b.html", () => Results.Content(PageB, "text/html"));
        await app.StartAsync();
        return (app, [new Uri(app.BoundUrl(), "feed.xml")]);
    }
}
