namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// Who holds a feed or a queued page, and until when. Several workers share one PostgreSQL store: each claims the due
/// feeds and queued pages no one else holds (<c>FOR UPDATE SKIP LOCKED</c>), and a claim runs out at
/// <see cref="Until"/>, so what a worker that died had claimed is taken up by the next run of any other.
/// </summary>
public sealed record WorkerClaim(string Worker, DateTimeOffset Now, DateTimeOffset Until)
{
    /// <summary>A claim for this process (host, process id and a random part, so two runs of one process differ too).</summary>
    public static WorkerClaim ForThisProcess(DateTimeOffset now, TimeSpan lease) =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}", now, now + lease);
}
