using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Infrastructure.Http;

/// <summary>
/// Refuses loopback, private, link-local and other non-public destinations unless allowed. Checked on the address
/// actually connected to (after DNS, on every redirect), so a public name that resolves privately is refused too.
/// </summary>
public sealed class AddressGuard(bool allowLoopback, bool allowPrivate)
{
    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        return allowPrivate || !IsNonPublic(address);
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(IsAllowed).ToList();
        if (allowed.Count == 0)
        {
            var shown = addresses.Length == 0 ? "no address" : addresses[0].ToString();
            throw new FetchException($"refused {host}: it resolves to {shown}, a loopback or private address (set Fetch:AllowLoopback or Fetch:AllowPrivate to allow)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.Select(a => new IPEndPoint(a, context.DnsEndPoint.Port)).First(), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsNonPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.Equals(IPAddress.IPv6None) || bytes.All(b => b == 0);
        }

        var b4 = address.GetAddressBytes();
        return b4[0] switch
        {
            0 or 10 or 127 => true,
            100 => b4[1] is >= 64 and <= 127,
            169 => b4[1] == 254,
            172 => b4[1] is >= 16 and <= 31,
            192 => b4[1] == 168 || (b4[1] == 0 && b4[2] == 0),
            >= 224 => true,
            _ => false,
        };
    }
}
