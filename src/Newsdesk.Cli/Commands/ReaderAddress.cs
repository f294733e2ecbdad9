using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Cli.Commands;

/// <summary>Checks, before any work, that the reader can listen where it was asked to.</summary>
internal static class ReaderAddress
{
    /// <summary>The base of links to a reader that will listen at <paramref name="urls"/>: the first address, its
    /// wildcard host ("0.0.0.0", "*", "+") read as this machine; null when its port is not known yet (0).</summary>
    public static string? Base(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var text = first.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Port > 0 ? url.GetLeftPart(UriPartial.Authority) : null;
    }

    /// <summary>The demo outlets' port: the reader's next one (0, any free port, when the reader's is not fixed).</summary>
    public static int OutletPort(string urls) =>
        Base(urls) is { } url && new Uri(url).Port is > 0 and < 65535 and var port ? port + 1 : 0;

    /// <summary>Throws an <see cref="IOException"/> with what to do when one of <paramref name="urls"/> (";"-separated) is taken.</summary>
    public static void EnsureFree(string urls)
    {
        foreach (var text in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Port <= 0)
            {
                continue; // Kestrel names a malformed address itself
            }

            var address = url.Host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(url.Host, out var ip) ? ip : null;
            if (address is null)
            {
                continue;
            }

            try
            {
                using var probe = new TcpListener(address, url.Port);
                probe.Start();
                probe.Stop();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new IOException($"{text} is already in use (another newsdesk demo or serve?): stop it, or pass --urls http://127.0.0.1:<free port>; nothing was changed");
            }
        }
    }
}
