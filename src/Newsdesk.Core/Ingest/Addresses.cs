namespace Newsdesk.Core.Ingest;

/// <summary>Addresses as Newsdesk keeps and shows them: never with the user name and password an item link may carry
/// (<c>https://user:secret@host/…</c>), which would otherwise be republished in briefs, pages and feeds.</summary>
public static class Addresses
{
    /// <summary>The address without credentials; anything else (relative links, other schemes, no credentials) as it is.
    /// Done on the text, not through <see cref="UriBuilder"/>, so the rest of the address keeps its exact form.</summary>
    public static string WithoutCredentials(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return address;
        }

        var start = scheme + 3;
        var end = address.IndexOfAny(['/', '?', '#'], start);
        var authority = end < 0 ? address[start..] : address[start..end];
        var at = authority.LastIndexOf('@');
        return at < 0 ? address : address[..start] + authority[(at + 1)..] + (end < 0 ? "" : address[end..]);
    }

    /// <inheritdoc cref="WithoutCredentials(string)"/>
    public static string? WithoutCredentialsOrNull(string? address) => address is null ? null : WithoutCredentials(address);
}
