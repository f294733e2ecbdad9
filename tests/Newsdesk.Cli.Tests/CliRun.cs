namespace Newsdesk.Cli.Tests;

/// <summary>Runs the real command tree in-process and captures what it prints. Tests in this assembly run one at a time.</summary>
internal static class CliRun
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static Task<(int Exit, string Out, string Err)> Invoke(params string[] args) => Invoke(new Dictionary<string, string?>(), args);

    /// <summary>With environment variables set for the command alone (and restored after it).</summary>
    public static async Task<(int Exit, string Out, string Err)> Invoke(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        await Gate.WaitAsync();
        var saved = environment.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in environment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exit = await NewsdeskCli.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            Gate.Release();
        }
    }
}
