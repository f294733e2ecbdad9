using System.Collections.Concurrent;
using System.Net;
using Newsdesk.Core.Ingest;
using Newsdesk.Infrastructure.Config;

namespace Newsdesk.Infrastructure.Http;

/// <summary>
/// How automated page fetches treat each host: at most <see cref="FetchSettings.MaxPerHost"/> at once, a pause of
/// <see cref="FetchSettings.HostDelayMs"/> between request starts, and robots.txt honoured (read once per host).
/// </summary>
public sealed class HostPoliteness(HttpFetcher fetcher, FetchSettings settings)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextStart = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot on the page's host and returns it; dispose to give it back.</summary>
    public async Task<IDisposable> EnterAsync(Uri page, CancellationToken cancellationToken)
    {
        var host = page.Authority;
        var slot = _slots.GetOrAdd(host, _ => new SemaphoreSlim(Math.Max(1, settings.MaxPerHost)));
        await slot.WaitAsync(cancellationToken);
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, settings.HostDelayMs));
        var wait = TimeSpan.Zero;
        lock (_nextStart)
        {
            var now = DateTimeOffset.UtcNow;
            var start = _nextStart.TryGetValue(host, out var next) && next > now ? next : now;
            _nextStart[host] = start + delay;
            wait = start - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }

        return new Release(slot);
    }

    public async Task<bool> IsAllowedAsync(Uri page, CancellationToken cancellationToken)
    {
        if (!settings.RespectRobots)
        {
            return true;
        }

        var rules = await _robots.GetOrAdd(page.GetLeftPart(UriPartial.Authority), origin => new Lazy<Task<RobotsRules>>(() => LoadAsync(origin, cancellationToken))).Value;
        return rules.IsAllowed(page.PathAndQuery);
    }

    private async Task<RobotsRules> LoadAsync(string origin, CancellationToken cancellationToken)
    {
        try
        {
            var result = await fetcher.FetchAsync(new Uri(origin + "/robots.txt"), cancellationToken: cancellationToken);
            return RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(result.Body), "Newsdesk");
        }
        catch (RefusedException)
        {
            throw; // Our own refusal (a private address) is the real reason; it must not read as "disallowed by robots.txt".
        }
        catch (FetchException ex) when (ex.Status is { } status && (int)status is >= 400 and < 500 && status != HttpStatusCode.TooManyRequests)
        {
            return RobotsRules.AllowAll; // RFC 9309: no robots.txt (4xx) means no rules.
        }
        catch (FetchException)
        {
            return RobotsRules.DisallowAll; // Unreachable: assume the site does not want to be crawled right now.
        }
    }

    private sealed class Release(SemaphoreSlim slot) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slot.Release();
            }
        }
    }
}
