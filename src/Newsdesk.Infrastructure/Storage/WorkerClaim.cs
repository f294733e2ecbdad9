namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// Who holds a feed or a queued page, and until when. Several workers share one PostgreSQL store: each claims the due
/// feeds and queued pages no one else holds (<c>FOR UPDATE SKIP LOCKED</c>). A running worker renews its claims; one
/// that died stops renewing, so what it held runs out at <see cref="Until"/> and is taken up by another worker's next
/// run — at once by a worker on the same machine, which sees that the process is gone.
/// </summary>
public sealed record WorkerClaim(string Worker, DateTimeOffset Now, DateTimeOffset Until)
{
    /// <summary>A claim for this process (host, process id and a random part, so two runs of one process differ too).</summary>
    public static WorkerClaim ForThisProcess(DateTimeOffset now, TimeSpan lease) =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}", now, now + lease);

    /// <summary>True for a worker of this machine whose process no longer runs (killed, crashed): its claims can go now.</summary>
    public static bool DiedOnThisMachine(string worker)
    {
        var parts = worker.Split(':');
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no process with that id
        }
    }
}
