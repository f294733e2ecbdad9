namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>Tells a web address from a local path, and gives each a URL to store.</summary>
public static class SourceLocator
{
    public static bool IsWeb(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static string? LocalPath(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null;
}
