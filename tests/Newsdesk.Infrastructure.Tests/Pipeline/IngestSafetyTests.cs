using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

/// <summary>What a feed may make Newsdesk read, what counts as a page, and dates for undated items.</summary>
public class IngestSafetyTests
{
    private static readonly FetchSettings Settings = new() { AllowLoopback = true, TimeoutSeconds = 2, Retries = 1, HostDelayMs = 0, RespectRobots = false };

    [Fact]
    public async Task A_web_feed_cannot_make_newsdesk_read_a_local_file()
    {
        using var temp = new TempDirectory();
        var secret = temp.File("secret.txt");
        await File.WriteAllTextAsync(secret, "root:x:0:0:root:/root:/bin/bash\n\nThe secret second paragraph of a local file that must never be published.");
        var feed = OutletPage.Rss("Hostile", [
            (new Uri(secret).AbsoluteUri, "Secret", DateTimeOffset.UtcNow),
            ("file:///etc/passwd", "Passwords", DateTimeOffset.UtcNow),
            ("/ok.html", "Harbour", DateTimeOffset.UtcNow),
        ]);
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(feed, "application/rss+xml"));
            app.MapGet("/ok.html", () => Results.Content(OutletPage.Html("Harbour"), "text/html"));
        });
        using var store = NewsStore.Open(temp.File("n.db"));
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        using var fetcher = new HttpFetcher(Settings);

        var report = await new Ingestor(store, fetcher, Settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        var article = Assert.Single(store.Articles.All());
        Assert.Equal("Harbour", article.Title);
        Assert.Equal(2, report.Errors.Count(e => e.Contains("a feed from the web may not link to local files", StringComparison.Ordinal)));
        Assert.Equal(0, store.Pending.Count());
        Assert.DoesNotContain(store.Articles.All(), a => a.Text.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_local_feed_may_link_to_files_in_its_own_folder_only()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("feeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "story.html"), OutletPage.Html("Local story"));
        await File.WriteAllTextAsync(temp.File("outside.html"), OutletPage.Html("Outside story"));
        var feedPath = Path.Combine(folder, "feed.xml");
        await File.WriteAllTextAsync(feedPath, OutletPage.Rss("Local", [
            ("story.html", "Local story", DateTimeOffset.UtcNow),
            ("../outside.html", "Outside story", DateTimeOffset.UtcNow),
            ("file:///etc/passwd", "Passwords", DateTimeOffset.UtcNow),
        ]));
        using var store = NewsStore.Open(temp.File("n.db"));
        store.Sources.Add(SourceLocator.FileUrl(feedPath), SourceKind.Feed);
        using var fetcher = new HttpFetcher(Settings);

        var report = await new Ingestor(store, fetcher, Settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal("Local story", Assert.Single(store.Articles.All()).Title);
        Assert.Equal(2, report.Errors.Count(e => e.Contains("a local feed may only link to files in its own folder", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_opml_list_from_the_web_cannot_subscribe_to_local_files()
    {
        const string opml = """
            <opml version="2.0"><body>
              <outline text="Passwords" type="rss" xmlUrl="file:///etc/passwd"/>
              <outline text="News" type="rss" xmlUrl="https://news.example/feed.xml"/>
            </body></opml>
            """;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/list.opml", () => Results.Text(opml, "text/x-opml")));
        using var temp = new TempDirectory();
        using var store = NewsStore.Open(temp.File("n.db"));
        using var fetcher = new HttpFetcher(Settings);
        var service = new SubscriptionService(store, fetcher);

        var added = await service.AddAsync(server.At("/list.opml").ToString(), CancellationToken.None);

        Assert.Equal("https://news.example/feed.xml", Assert.Single(added).Source.Url);
        Assert.Contains("file:///etc/passwd", Assert.Single(service.Refused), StringComparison.Ordinal);
        Assert.Single(store.Sources.All());
    }

    [Fact]
    public async Task Binaries_are_refused_as_pages_and_as_subscriptions_and_local_files_obey_the_size_limit()
    {
        byte[] elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(OutletPage.Rss("Mixed", [("/tool", "A tool", DateTimeOffset.UtcNow), ("/photo", "A photo", DateTimeOffset.UtcNow)]), "application/rss+xml"));
            app.MapGet("/tool", () => Results.Bytes(elf, "application/octet-stream"));
            app.MapGet("/photo", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        });
        using var temp = new TempDirectory();
        using var store = NewsStore.Open(temp.File("n.db"));
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        using var fetcher = new HttpFetcher(Settings);

        var report = await new Ingestor(store, fetcher, Settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        Assert.Equal(0, store.Articles.Count());
        Assert.Contains(report.Errors, e => e.Contains("is not a page: it is an ELF executable", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Contains("is not a page: it is image/png", StringComparison.Ordinal));
        Assert.Equal(0, store.Pending.Count()); // given up at once: trying again cannot help

        var binary = temp.File("tool.bin");
        await File.WriteAllBytesAsync(binary, elf);
        var refused = await Assert.ThrowsAsync<NotTextException>(() => new SubscriptionService(store, fetcher).AddAsync(binary, CancellationToken.None));
        Assert.Contains("not subscribed", refused.Message, StringComparison.Ordinal);
        Assert.Single(store.Sources.All());

        var big = temp.File("big.html");
        await File.WriteAllTextAsync(big, OutletPage.Html("Big") + new string(' ', 5_000));
        using var small = new HttpFetcher(new FetchSettings { MaxBytes = 2_000 });
        var tooBig = await Assert.ThrowsAsync<FetchException>(() => new PageReader(small).ReadAsync(SourceLocator.FileUrl(big), null, null, CancellationToken.None));
        Assert.Contains("2000 byte limit", tooBig.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_undated_item_on_an_undated_page_is_dated_when_first_seen_not_1970()
    {
        var pageDated = new DateTimeOffset(2026, 3, 4, 5, 6, 0, TimeSpan.Zero);
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(OutletPage.Rss("Undated", [("/plain.html", "Plain", null), ("/dated.html", "Dated", null)]), "application/rss+xml"));
            app.MapGet("/plain.html", () => Results.Content(OutletPage.Html("Plain"), "text/html"));
            app.MapGet("/dated.html", () => Results.Content(OutletPage.Html("Dated", pageDated.ToString("O")), "text/html"));
        });
        using var temp = new TempDirectory();
        using var store = NewsStore.Open(temp.File("n.db"));
        store.Sources.Add(server.At("/feed.xml").ToString(), SourceKind.Feed);
        using var fetcher = new HttpFetcher(Settings);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await new Ingestor(store, fetcher, Settings, TimeProvider.System).RunAsync(null, CancellationToken.None);

        var articles = store.Articles.All().ToDictionary(a => a.Title);
        Assert.InRange(articles["Plain"].Published!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(pageDated, articles["Dated"].Published);
    }
}
