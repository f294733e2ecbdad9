using System.Net;

namespace Newsdesk.Infrastructure.Http;

/// <summary>A completed fetch: the body (empty when not modified) and the validators for the next conditional GET.</summary>
public sealed record FetchResult(HttpStatusCode Status, byte[] Body, Uri FinalUrl, string? MediaType, string? Charset, string? ETag, string? LastModified)
{
    /// <summary>How long the server says the response stays fresh (Cache-Control max-age, or Expires).</summary>
    public TimeSpan? Freshness { get; init; }

    public bool NotModified => Status == HttpStatusCode.NotModified;
}
