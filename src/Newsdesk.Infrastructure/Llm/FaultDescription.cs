using System.ClientModel;
using System.Net.Sockets;
using Polly.Timeout;

namespace Newsdesk.Infrastructure.Llm;

/// <summary>A short, specific reason for a failed model request, for the log and `newsdesk costs` (never the key).</summary>
public static class FaultDescription
{
    public static string Of(Exception e) => e switch
    {
        TimeoutRejectedException t => $"no answer within {t.Timeout.TotalSeconds:0.#} s",
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status} ({status})",
        HttpRequestException { InnerException: SocketException socket } => $"connection failed ({socket.SocketErrorCode})",
        ClientResultException { Status: > 0 } c => $"HTTP {c.Status}",
        ClientResultException { InnerException: { } inner } => Of(inner),
        OperationCanceledException => "the request was abandoned (timeout)",
        _ when e.InnerException is { } inner && e is not HttpRequestException => Of(inner),
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
