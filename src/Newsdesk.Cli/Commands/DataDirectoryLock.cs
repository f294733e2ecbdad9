namespace Newsdesk.Cli.Commands;

/// <summary>
/// A lock on a data directory (the file ".newsdesk.lock" in it), held while a demo uses the directory, so a second demo
/// — which starts by clearing its data — cannot clear one that is still running. .NET locks the file for other
/// processes (an advisory lock on Unix), and the operating system lets go of it when a process dies.
/// </summary>
internal sealed class DataDirectoryLock : IDisposable
{
    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>Takes the directory for this process alone, or throws an <see cref="IOException"/> saying who has it.</summary>
    public static DataDirectoryLock Exclusive(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ".newsdesk.lock");
        try
        {
            return new DataDirectoryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new IOException($"{directory} is in use by another newsdesk demo: stop it, or pass --data-dir <another folder>; nothing was changed");
        }
    }

    public void Dispose() => _file.Dispose();
}
