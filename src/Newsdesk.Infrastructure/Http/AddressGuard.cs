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
        else if (EmbeddedIPv4(address) is { } embedded)
        {
            // An IPv6 form that carries an IPv4 address (IPv4-compatible, NAT64, 6to4, Teredo) reaches that IPv4
            // address through a gateway: it is judged as that address.
            address = embedded;
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
            throw new RefusedException($"refused {host}: it resolves to {shown}, a loopback or private address (set Fetch:AllowLoopback or Fetch:AllowPrivate to allow)");
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

    /// <summary>The IPv4 address inside an IPv6 one: ::a.b.c.d (RFC 4291 §2.5.5.1), 64:ff9b::/96 (RFC 6052),
    /// 64:ff9b:1::/48 (RFC 8215), 2002:AABB:CCDD::/48 (6to4, RFC 3056) and Teredo 2001:0::/32 (client address inverted).</summary>
    internal static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var b = address.GetAddressBytes();
        static IPAddress V4(byte[] bytes, int at, bool inverted = false) => inverted
            ? new IPAddress([(byte)~bytes[at], (byte)~bytes[at + 1], (byte)~bytes[at + 2], (byte)~bytes[at + 3]])
            : new IPAddress(bytes.AsSpan(at, 4));
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && b.AsSpan(12).IndexOfAnyExcept((byte)0) >= 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0))
        {
            return V4(b, 12); // IPv4-compatible (deprecated, but stacks still route it); :: and ::1 are left to the IPv6 rules.
        }

        if (b is [0x00, 0x64, 0xff, 0x9b, ..] && (b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 || b is [_, _, _, _, 0x00, 0x01, ..]))
        {
            return V4(b, 12);
        }

        if (b is [0x20, 0x02, ..])
        {
            return V4(b, 2);
        }

        return b is [0x20, 0x01, 0x00, 0x00, ..] ? V4(b, 12, inverted: true) : null;
    }

    private static bool IsNonPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast
                || address.Equals(IPAddress.IPv6None) || bytes.All(b => b == 0);
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
