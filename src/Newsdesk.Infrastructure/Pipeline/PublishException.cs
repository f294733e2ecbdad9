namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>A site or brief file could not be written. The previous file stands, the page stays owed in the build
/// journal, and the message says so in one line (and that the disk is full, when it is).</summary>
public sealed class PublishException(string path, Exception inner)
    : IOException($"{(IsDiskFull(inner) ? "out of disk space" : "could not write")} writing {path}: {inner.Message.TrimEnd('.')}; nothing was lost, and the next run publishes what is left", inner)
{
    /// <summary>True when the disk (or the file system's quota) is full.</summary>
    public bool DiskFull => IsDiskFull(InnerException!);

    /// <summary>ENOSPC (28) on Linux and macOS, ERROR_DISK_FULL (112) and ERROR_HANDLE_DISK_FULL (39) on Windows.</summary>
    private static bool IsDiskFull(Exception ex) =>
        (ex is IOException && (ex.HResult & 0xFFFF) is 28 or 112 or 39) || ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);
}
