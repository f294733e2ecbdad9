using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Newsdesk.Infrastructure.Config;
using Polly;

namespace Newsdesk.Infrastructure.Llm;

/// <summary>
/// The HTTP client model requests go through: each try limited to the configured timeout; refused connections,
/// timeouts, 408, 429 and 5xx retried with exponential back-off, a 429's Retry-After honoured up to a cap. The model
/// SDKs' own retries are switched off so that this is the one policy.
/// </summary>
public static class LlmHttp
{
    public static HttpClient Create(LlmSettings settings)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, settings.MaxAttempts - 1),
            Delay = TimeSpan.FromSeconds(settings.RetryDelaySeconds),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            ShouldRetryAfterHeader = false,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxRetryAfterSeconds)),
        };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(retry); // Polly refuses a retry strategy with no retries; one attempt means none.
        }

        var pipeline = builder.AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds)).Build();
        var sockets = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, settings.TimeoutSeconds)) };
#pragma warning disable EXTEXP0001 // ResilienceHandler is the package's public way to put a pipeline in front of a handler.
        return new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = sockets }) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore EXTEXP0001
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
