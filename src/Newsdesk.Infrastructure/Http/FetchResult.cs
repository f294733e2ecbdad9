using System.Net;

namespace Newsdesk.Infrastructure.Http;

/// <summary>A completed fetch: the body (empty when not modified) and the validators for the next conditional GET.</summary>
public sealed record FetchResult(HttpStatusCode Status, byte[] Body, Uri FinalUrl, string? MediaType, string? Charset, string? ETag, string? LastModified)
{
    /// <summary>How long the server says the response stays fresh (Cache-Control max-age, or Expires).</summary>
    public TimeSpan? Freshness { get; init; }

    /// <summary>Set when every redirect on the way was permanent (301/308): the address to use from now on.</summary>
    public Uri? PermanentlyMovedTo { get; init; }

    public bool NotModified => Status == HttpStatusCode.NotModified;
}
