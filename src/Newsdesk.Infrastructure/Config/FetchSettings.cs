namespace Newsdesk.Infrastructure.Config;

/// <summary>How Newsdesk fetches: bounded in time, size and redirects, and refusing private networks unless told otherwise.</summary>
public sealed class FetchSettings
{
    public string UserAgent { get; set; } = "Newsdesk/0.1 (+self-hosted news reader)";
    public int TimeoutSeconds { get; set; } = 20;
    public int Retries { get; set; } = 2;
    public int MaxRedirects { get; set; } = 5;
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Allow 127.0.0.0/8 and ::1 (the demo and tests serve from there).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allow private, link-local and carrier-grade NAT ranges.</summary>
    public bool AllowPrivate { get; set; }

    /// <summary>How often a feed is polled when it gives no better hint.</summary>
    public int PollMinutes { get; set; } = 30;
}
