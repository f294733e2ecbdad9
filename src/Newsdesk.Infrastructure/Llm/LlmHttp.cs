using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Newsdesk.Infrastructure.Config;
using Polly;
using Polly.CircuitBreaker;

namespace Newsdesk.Infrastructure.Llm;

/// <summary>
/// The HTTP client model requests go through: each try limited to the configured timeout; refused connections,
/// timeouts, 408, 429 and 5xx retried with exponential back-off, a 429's Retry-After honoured up to a cap. The model
/// SDKs' own retries are switched off so that this is the one policy.
/// </summary>
public static class LlmHttp
{
    /// <param name="settings">Timeouts, retries and the breaker's threshold.</param>
    /// <param name="breaker">Reports the model's circuit state, so the caller can stop asking a model whose circuit opened.</param>
    public static HttpClient Create(LlmSettings settings, CircuitBreakerStateProvider? breaker = null)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, settings.MaxAttempts - 1),
            Delay = TimeSpan.FromSeconds(settings.RetryDelaySeconds),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            ShouldRetryAfterHeader = false,
            // An open circuit answers at once and will not close within this run: retrying it only adds back-off delays.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not BrokenCircuitException && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxRetryAfterSeconds)),
        };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(retry); // Polly refuses a retry strategy with no retries; one attempt means none.
        }

        // Inside the retry, so each failed try counts: a hung model costs a couple of timeouts per run, not three per story.
        // Only faults of the model's side count (no answer, no connection, 5xx); a 429 is the server pacing us.
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = 1.0,
            MinimumThroughput = Math.Max(2, settings.BreakAfterFailures),
            SamplingDuration = TimeSpan.FromSeconds(Math.Clamp(settings.TimeoutSeconds * (settings.BreakAfterFailures + 1) + 30, 1, 86_400)),
            BreakDuration = TimeSpan.FromDays(1),
            StateProvider = breaker,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: Polly.Timeout.TimeoutRejectedException or HttpRequestException } => true,
                { Result: { } response } => (int)response.StatusCode >= 500,
                _ => false,
            }),
        });
        var pipeline = builder.AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds)).Build();
        var sockets = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, settings.TimeoutSeconds)) };
#pragma warning disable EXTEXP0001 // ResilienceHandler is the package's public way to put a pipeline in front of a handler.
        return new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new WholeBody { InnerHandler = sockets } }) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore EXTEXP0001
    }

    /// <summary>
    /// Reads the whole body inside the try, so the timeout bounds headers and body together: a server that sends its
    /// headers and then stalls is a timed-out try (retried, and counted by the breaker), not a read that hangs for as
    /// long as the SDK's own network timeout.
    /// </summary>
    private sealed class WholeBody : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                response.Dispose();
                throw new HttpRequestException($"the model's answer broke off: {ex.Message}", ex);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            return response;
        }
    }

    /// <summary>The server's Retry-After (seconds or a date), capped; null leaves the back-off to the strategy.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, double maxSeconds)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is null ? null : TimeSpan.FromSeconds(Math.Clamp(wait.Value.TotalSeconds, 0, maxSeconds));
    }
}
