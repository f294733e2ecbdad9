using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Web;
using Newsdesk.Web.Demo;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// `newsdesk demo`: serves the bundled outlets on 127.0.0.1, subscribes to their feeds through the normal `add` path,
/// runs the whole pipeline over real HTTP, writes briefs and the static site, then serves the reader.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after writing the briefs and the static site." };
        var urls = new Option<string>("--urls") { Description = "Where the reader listens.", DefaultValueFactory = _ => ReaderApp.DefaultUrl };
        var corpus = new Option<string?>("--corpus") { Description = "Demo corpus folder (default: the bundled samples/demo)." };
        var command = new Command("demo", "Run the whole pipeline on the bundled demo corpus, then serve the reader.") { noServe, urls, corpus };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            if (!parse.GetValue(noServe))
            {
                // Before the demo's data is replaced: a second demo must not wipe the data of one still serving it.
                ReaderAddress.EnsureFree(parse.GetValue(urls) ?? ReaderApp.DefaultUrl);
            }

            // Before the demo's data is replaced: not while another demo (serving or not) uses the same folder.
            using var claim = DataDirectoryLock.Exclusive(DemoDirectory(parse.GetValue(CommonOptions.DataDir)));
            var settings = DemoSettings(parse.GetValue(CommonOptions.DataDir));
            // The briefs are written before the reader starts: they link to where it will listen.
            settings.Site.ServedAt = ReaderAddress.Base(parse.GetValue(urls) ?? ReaderApp.DefaultUrl);
            // The outlets listen beside the reader (5081 for the default 5080), so the sources the saved briefs cite are
            // at the same address whenever the demo runs again.
            await using var outlets = await DemoOutletServer.StartAsync(DemoCorpus.Load(parse.GetValue(corpus) ?? DemoCorpus.DefaultDirectory), ct, ReaderAddress.OutletPort(parse.GetValue(urls) ?? ReaderApp.DefaultUrl));
            Console.WriteLine($"Demo outlets: {outlets.Corpus.Outlets.Count} feeds, {outlets.Corpus.Articles.Count} articles at {outlets.BaseUrl}");
            Console.WriteLine($"Data directory: {settings.DataDir}");
            if (settings.Store.Engine == StoreProvider.Postgres)
            {
                Console.WriteLine($"Store: {StoreLocation.Of(settings).Describe()}");
            }

            await SubscribeAsync(settings, outlets, ct);
            await PipelineSession.RunOnceAsync(settings, ct);
            if (outlets.LaterCount > 0)
            {
                // A living story: later that day the outlets publish a development, and a second run follows it.
                outlets.PublishLater();
                Console.WriteLine($"Later that day the outlets publish {outlets.LaterCount} more reports; a second run follows the story they develop:");
                using (var store = NewsStore.Open(StoreLocation.Of(settings)))
                {
                    store.Sources.MakeDue([]);
                }

                await PipelineSession.RunOnceAsync(settings, ct);
            }
            if (parse.GetValue(noServe))
            {
                return 0;
            }

            var reader = ReaderApp.Build(settings, urls: parse.GetValue(urls));
            await reader.StartAsync(ct);
            Console.WriteLine($"Reader: {string.Join(", ", reader.Urls)}  (Ctrl+C to stop)");
            await reader.WaitForShutdownAsync(ct);
            return 0;
        }));
        return command;
    }

    /// <summary>A fresh data directory for each demo, allowed to fetch from loopback (where the demo outlets live).</summary>
    private static string DemoDirectory(string? dataDir) => dataDir ?? Path.Combine(SettingsLoader.Load().DataDir, "demo");

    private static NewsdeskSettings DemoSettings(string? dataDir)
    {
        var settings = SettingsLoader.Load(DemoDirectory(dataDir));
        var location = StoreLocation.Of(settings);
        if (location.Provider == StoreProvider.Postgres)
        {
            using var store = NewsStore.Open(location);
            store.EmptyForDemo();
        }
        else
        {
            foreach (var stale in new[] { location.Target, location.Target + "-wal", location.Target + "-shm" }.Where(File.Exists))
            {
                File.Delete(stale);
            }
        }

        foreach (var folder in new[] { settings.BriefsDir, settings.SiteDir }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        settings.Fetch.AllowLoopback = true;
        // The demo outlets are our own server on this machine: no need to pace requests to it.
        settings.Fetch.HostDelayMs = 0;
        settings.Fetch.MaxPerHost = 8;
        settings.Site.Publisher = "Newsdesk Demo";
        return settings;
    }

    private static async Task SubscribeAsync(NewsdeskSettings settings, DemoOutletServer outlets, CancellationToken ct)
    {
        using var store = NewsStore.Open(StoreLocation.Of(settings));
        using var fetcher = new HttpFetcher(settings.Fetch);
        var subscriptions = new SubscriptionService(store, fetcher);
        foreach (var feed in outlets.FeedUrls)
        {
            await subscriptions.AddAsync(feed.ToString(), ct);
        }
    }
}
