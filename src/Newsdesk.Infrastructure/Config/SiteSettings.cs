namespace Newsdesk.Infrastructure.Config;

public sealed class SiteSettings
{
    public string Publisher { get; set; } = "Newsdesk";
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    /// <summary>Where the site is read, as configured; null when not set, and then the reader's served address is used
    /// (<see cref="Base"/>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The base of every absolute link: the configured one, else the address the reader serves at (set by
    /// `serve` and `demo` once they know it), else the default.</summary>
    public string Base => BaseUrl ?? ServedAt ?? DefaultBaseUrl;

    /// <summary>The address this process's reader serves at, when it serves one.</summary>
    public string? ServedAt { get; set; }

    /// <summary>The language of the reader's lists when the browser asks for neither English nor German, and of the
    /// static export's front page: "en" or "de".</summary>
    public string Language { get; set; } = "en";
}
