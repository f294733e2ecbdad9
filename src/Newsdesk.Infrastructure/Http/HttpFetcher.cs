using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Infrastructure.Config;

namespace Newsdesk.Infrastructure.Http;

/// <summary>
/// Fetches feeds and pages politely and safely: the standard resilience handler (timeouts, bounded retries with
/// jitter), bounded redirects, gzip/deflate/brotli, a size cap, a clear User-Agent, conditional GET, and the
/// <see cref="AddressGuard"/> on every connection.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly HttpClient _client;
    private readonly FetchSettings _settings;

    public HttpFetcher(FetchSettings settings)
    {
        _settings = settings;
        var guard = new AddressGuard(settings.AllowLoopback, settings.AllowPrivate);
        var services = new ServiceCollection();
        services.AddHttpClient("newsdesk", c => c.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                // Redirects are followed here, not by the handler, to detect loops and tell permanent moves apart.
                AllowAutoRedirect = false,
                ConnectCallback = guard.ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler(o =>
            {
                var attempt = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds));
                o.AttemptTimeout.Timeout = attempt;
                o.TotalRequestTimeout.Timeout = attempt * (settings.Retries + 1) + TimeSpan.FromSeconds(5);
                o.CircuitBreaker.SamplingDuration = attempt * 2 + TimeSpan.FromSeconds(1);
                o.Retry.MaxRetryAttempts = Math.Max(1, settings.Retries);
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                o.Retry.UseJitter = true;
                // 429 and 503 mean "come back later": never retried at once, the scheduler honours Retry-After.
                o.Retry.ShouldRetryAfterHeader = false;
                o.Retry.ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => !IsRefusal(args.Outcome.Exception),
                    { Result: { } r } => r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout,
                    _ => false,
                });
            });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IHttpClientFactory>().CreateClient("newsdesk");
        _client.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>The largest body accepted; local files are held to it too.</summary>
    public long MaxBytes => _settings.MaxBytes;

    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        var current = url;
        var permanent = true;
        for (var hop = 0; ; hop++)
        {
            var (result, location, status) = await FetchOnceAsync(current, hop == 0 ? etag : null, hop == 0 ? lastModified : null, cancellationToken);
            if (location is null)
            {
                return result! with { PermanentlyMovedTo = hop > 0 && permanent ? current : null };
            }

            if (hop >= _settings.MaxRedirects)
            {
                throw new FetchException($"{url}: too many redirects (more than {_settings.MaxRedirects}), last to {location}", null, status);
            }

            if (!seen.Add(location.AbsoluteUri))
            {
                throw new FetchException($"{url}: redirect loop at {location}", null, status);
            }

            permanent &= status is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
            current = location;
        }
    }

    private async Task<(FetchResult? Result, Uri? Location, HttpStatusCode Status)> FetchOnceAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        if (url.Scheme is not ("http" or "https"))
        {
            throw new RefusedException($"refused {url}: only http and https URLs are fetched");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex) when (FindFetchException(ex) is { } refused)
        {
            throw refused;
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException($"could not fetch {url}: {ex.Message}", ex);
        }
        catch (TimeoutException ex)
        {
            throw new FetchException($"timed out fetching {url} after {_settings.TimeoutSeconds}s", ex);
        }
        catch (Polly.Timeout.TimeoutRejectedException ex)
        {
            throw new FetchException($"timed out fetching {url} after {_settings.TimeoutSeconds}s", ex);
        }

        using (response)
        {
            if ((int)response.StatusCode is >= 300 and < 400 and not 304 && response.Headers.Location is { } target)
            {
                return (null, new Uri(url, target), response.StatusCode);
            }

            var finalUrl = url;
            var validators = (response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return (new FetchResult(response.StatusCode, [], finalUrl, null, null, validators.Item1 ?? etag, validators.Item2 ?? lastModified), null, response.StatusCode);
            }

            if (!response.IsSuccessStatusCode)
            {
                var wait = response.Headers.RetryAfter is { } retry ? retry.Delta ?? retry.Date - DateTimeOffset.UtcNow : null;
                throw new FetchException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode, wait);
            }

            var body = await ReadBodyAsync(response.Content, url, cancellationToken);
            var contentType = response.Content.Headers.ContentType;
            return (new FetchResult(response.StatusCode, body, finalUrl, contentType?.MediaType, contentType?.CharSet, validators.Item1, validators.Item2)
            {
                Freshness = response.Headers.CacheControl?.MaxAge ?? (response.Content.Headers.Expires - (response.Headers.Date ?? DateTimeOffset.UtcNow)),
            }, null, response.StatusCode);
        }
    }

    /// <summary>
    /// Reads the body under three limits: <see cref="FetchSettings.MaxBytes"/>, a deadline for the whole body
    /// (<see cref="FetchSettings.ResponseSeconds"/>, so a host that trickles a byte a second cannot hold a run) and an
    /// idle limit per read (<see cref="FetchSettings.IdleSeconds"/>, for a host that sends headers and then stalls). The
    /// resilience handler's attempt timeout ends when the headers arrive, so these are needed on top of it.
    /// </summary>
    private async Task<byte[]> ReadBodyAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _settings.MaxBytes)
        {
            throw new FetchException($"{url} is larger than the {_settings.MaxBytes} byte limit");
        }

        using var whole = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        whole.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, _settings.ResponseSeconds)));
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(whole.Token);
        var idleLimit = TimeSpan.FromSeconds(Math.Max(1, _settings.IdleSeconds));
        try
        {
            await using var stream = await content.ReadAsStreamAsync(whole.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                idle.CancelAfter(idleLimit);
                var read = await stream.ReadAsync(chunk, idle.Token);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > _settings.MaxBytes)
                {
                    throw new FetchException($"{url} is larger than the {_settings.MaxBytes} byte limit");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw whole.IsCancellationRequested
                ? new FetchException($"{url}: the response did not finish within {_settings.ResponseSeconds}s", ex)
                : new FetchException($"{url}: the response stalled (no data for {_settings.IdleSeconds}s)", ex, HttpStatusCode.RequestTimeout);
        }
    }

    private static bool IsRefusal(Exception? ex) => FindFetchException(ex) is not null;

    private static FetchException? FindFetchException(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is FetchException fetch)
            {
                return fetch;
            }
        }

        return null;
    }

    public void Dispose()
    {
        _client.Dispose();
        _services.Dispose();
    }
}
