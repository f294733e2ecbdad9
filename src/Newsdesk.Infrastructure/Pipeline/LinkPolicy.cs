namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Which links a subscription may make Newsdesk read. A feed from the web may only lead to http(s) pages: a
/// <c>file:</c> link in it would make Newsdesk read a local file and publish it. A feed that is itself a local file
/// the user subscribed to may also link to files, but only inside its own folder.
/// </summary>
public static class LinkPolicy
{
    /// <summary>Null when <paramref name="link"/> may be followed for the subscription at <paramref name="sourceUrl"/>, else why not.</summary>
    public static string? Refusal(string link, string sourceUrl)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return $"refused {link}: not an absolute URL";
        }

        if (uri.Scheme is "http" or "https")
        {
            return null;
        }

        if (!uri.IsFile)
        {
            return $"refused {link}: only http and https links are followed";
        }

        if (SourceLocator.LocalPath(sourceUrl) is not { } feedPath)
        {
            return $"refused {link}: a feed from the web may not link to local files";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(feedPath))!;
        return !uri.IsUnc && IsInside(Path.GetFullPath(uri.LocalPath), folder)
            ? null
            : $"refused {link}: a local feed may only link to files in its own folder ({folder})";
    }

    /// <summary>The link itself when allowed, else null (for links that are only recorded, such as a canonical URL).</summary>
    public static string? AllowedOrNull(string? link, string sourceUrl) => link is not null && Refusal(link, sourceUrl) is null ? link : null;

    private static bool IsInside(string path, string folder)
    {
        var root = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal);
    }
}
