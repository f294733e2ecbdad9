namespace Newsdesk.Infrastructure.Config;

/// <summary>How Newsdesk fetches: bounded in time, size and redirects, and refusing private networks unless told otherwise.</summary>
public sealed class FetchSettings
{
    public string UserAgent { get; set; } = "Newsdesk/0.1 (+self-hosted news reader)";
    public int TimeoutSeconds { get; set; } = 20;
    public int Retries { get; set; } = 2;
    public int MaxRedirects { get; set; } = 5;
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Once the headers are in, the longest the body may take to arrive.</summary>
    public int ResponseSeconds { get; set; } = 60;

    /// <summary>The longest a response may send nothing before it counts as stalled.</summary>
    public int IdleSeconds { get; set; } = 15;

    /// <summary>A run stops taking new work after this long; what is left stays queued for the next run.</summary>
    public double RunBudgetMinutes { get; set; } = 20;

    /// <summary>At most this many item pages of one feed per run, newest first; the rest wait in the queue.</summary>
    public int MaxItemsPerPoll { get; set; } = 100;

    /// <summary>How many runs a page that failed for a passing reason (a timeout, a 5xx) is tried before it is given up.</summary>
    public int PageAttempts { get; set; } = 3;

    /// <summary>Allow 127.0.0.0/8 and ::1 (the demo and tests serve from there).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allow private, link-local and carrier-grade NAT ranges.</summary>
    public bool AllowPrivate { get; set; }

    /// <summary>Automated page fetches to one host at a time, at most.</summary>
    public int MaxPerHost { get; set; } = 2;

    /// <summary>Pause between the starts of two automated requests to the same host.</summary>
    public int HostDelayMs { get; set; } = 250;

    /// <summary>Honour robots.txt for automated page fetches (not for a page you ask for with extract/brief).</summary>
    public bool RespectRobots { get; set; } = true;

    /// <summary>How often a feed is polled when it gives no better hint.</summary>
    public int PollMinutes { get; set; } = 30;
}
