using System.Net;

namespace Newsdesk.Infrastructure.Http;

/// <summary>A fetch that failed for a reason worth telling the user in one line; <see cref="Status"/> when the server answered.</summary>
public sealed class FetchException(string message, Exception? inner = null, HttpStatusCode? status = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}
