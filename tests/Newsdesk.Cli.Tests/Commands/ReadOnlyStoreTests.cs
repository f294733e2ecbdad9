using System.Diagnostics;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>A data directory this user cannot write: reading commands work, a writing one says read-only in one line.
/// Run as another user (nobody) through runuser, since root writes everywhere; skipped where that is not possible.</summary>
public class ReadOnlyStoreTests
{
    internal static bool CanRunAsNobody => OperatingSystem.IsLinux() && Environment.UserName == "root" && (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"));

    private static async Task<(int Exit, string Out, string Err)> AsNobody(params string[] args)
    {
        var info = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-u", "nobody", "--", "env", "HOME=/tmp", "DOTNET_CLI_TELEMETRY_OPTOUT=1", "dotnet", Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"), .. args])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [RunAsNobodyFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Reading_commands_work_on_a_store_that_cannot_be_written_and_a_run_says_read_only_in_one_line()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, (await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path)).Exit);
        // Readable by everyone, writable by root alone.
        foreach (var entry in Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Append(temp.Path))
        {
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
        }

        var before = File.ReadAllBytes(Path.Combine(temp.Path, "newsdesk.db"));
        var feeds = await AsNobody("feeds", "--data-dir", temp.Path);
        var run = await AsNobody("run", "--once", "--now", "--data-dir", temp.Path);

        Assert.True(feeds.Exit == 0, feeds.Err);
        Assert.Contains("Rheinblick Zeitung", feeds.Out, StringComparison.Ordinal);
        Assert.Equal(1, run.Exit);
        Assert.Single(run.Err.Trim().Split('\n'), l => l.StartsWith("newsdesk:", StringComparison.Ordinal));
        Assert.Contains("read-only", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(temp.Path, "newsdesk.db")));
    }
}

/// <summary>A test that runs newsdesk as another user: skipped, with the reason, where that is not possible.</summary>
internal sealed class RunAsNobodyFactAttribute : FactAttribute
{
    public RunAsNobodyFactAttribute()
    {
        if (!ReadOnlyStoreTests.CanRunAsNobody)
        {
            Skip = "needs root and runuser, to run newsdesk as a user who cannot write the data directory";
        }
    }
}
