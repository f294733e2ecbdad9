using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Web.Tests;

/// <summary>
/// Outlets served on loopback, the whole pipeline run over them into a temp store, and the reader started on a free
/// port. Subclasses say which outlets.
/// </summary>
public abstract class ReaderFixture : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("newsdesk-web-").FullName;
    private WebApplication? _reader;

    public NewsdeskSettings Settings { get; private set; } = null!;
    public HttpClient Client { get; } = new();
    public Uri ReaderUrl { get; private set; } = null!;

    /// <summary>Runs after the first pipeline run, with the outlets still up (a subclass that lets a story develop).</summary>
    protected virtual Task AfterFirstRunAsync(IAsyncDisposable outlets, NewsStore store, PipelineRunner runner) => Task.CompletedTask;

    /// <summary>Runs once the reader is up (a subclass starting a second one).</summary>
    protected virtual Task AfterStartAsync() => Task.CompletedTask;

    protected virtual Task BeforeDisposeAsync() => Task.CompletedTask;

    /// <summary>Starts the outlets and returns them (disposed once ingested) with the feed URLs to subscribe to.</summary>
    protected abstract Task<(IAsyncDisposable Outlets, IEnumerable<Uri> Feeds)> StartOutletsAsync();

    public async Task InitializeAsync()
    {
        Settings = SettingsLoader.Load(_dataDir);
        Settings.Fetch.AllowLoopback = true;
        Settings.Fetch.HostDelayMs = 0;
        var (outlets, feeds) = await StartOutletsAsync();
        await using (outlets)
        {
            using var store = NewsStore.Open(StoreLocation.Of(Settings));
            using var fetcher = new HttpFetcher(Settings.Fetch);
            foreach (var feed in feeds)
            {
                await new SubscriptionService(store, fetcher).AddAsync(feed.ToString(), CancellationToken.None);
            }

            var runner = new PipelineRunner(Settings, store, fetcher, TimeProvider.System);
            await runner.RunOnceAsync(null, CancellationToken.None);
            await AfterFirstRunAsync(outlets, store, runner);
        }

        _reader = ReaderApp.Build(Settings, urls: "http://127.0.0.1:0");
        await _reader.StartAsync();
        ReaderUrl = _reader.BoundUrl();
        await AfterStartAsync();
    }

    public async Task<HttpResponseMessage> GetAsync(string path) => await Client.GetAsync(new Uri(ReaderUrl, path));

    public async Task<string> GetStringAsync(string path) => await Client.GetStringAsync(new Uri(ReaderUrl, path));

    public async Task DisposeAsync()
    {
        await BeforeDisposeAsync();
        if (_reader is not null)
        {
            await _reader.StopAsync();
            await _reader.DisposeAsync();
        }

        Client.Dispose();
        Directory.Delete(_dataDir, recursive: true);
    }
}
