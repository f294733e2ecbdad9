using System.Net;

namespace Newsdesk.Infrastructure.Http;

/// <summary>A fetch that failed for a reason worth telling the user in one line; <see cref="Status"/> when the server answered.</summary>
public class FetchException(string message, Exception? inner = null, HttpStatusCode? status = null, TimeSpan? retryAfter = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>For 429 and 503: how long the server asked us to wait (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>True when trying again cannot help (refused by a rule, a client error, not a page): the item is given up.</summary>
    public virtual bool IsPermanent => Status is { } s && (int)s is >= 400 and < 500 && s is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
}

/// <summary>Newsdesk refused to read something by its own rules (a private address, a local file, a non-http link): never retried,
/// and never hidden behind another reason such as robots.txt.</summary>
public sealed class RefusedException(string message) : FetchException(message)
{
    public override bool IsPermanent => true;
}

/// <summary>What was fetched or read is not a page, feed or text file (an executable, an image, random bytes).</summary>
public sealed class NotTextException(string message) : FetchException(message)
{
    public override bool IsPermanent => true;
}
