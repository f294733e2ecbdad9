using System.Net;

namespace Newsdesk.Infrastructure.Http;

/// <summary>A fetch that failed for a reason worth telling the user in one line; <see cref="Status"/> when the server answered.</summary>
public sealed class FetchException(string message, Exception? inner = null, HttpStatusCode? status = null, TimeSpan? retryAfter = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>For 429 and 503: how long the server asked us to wait (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
