using System.CommandLine;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk run`: fetch what is due, extract, cluster, brief and publish — once, or whenever a feed falls due.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run the pipeline once and exit." };
        var command = new Command("run", "Fetch what is due, extract, cluster, brief and publish.") { once };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            var settings = CommonOptions.Settings(parse);
            await PipelineSession.RunOnceAsync(settings, ct);
            if (!parse.GetValue(once))
            {
                await Loop(settings, ct);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The scheduler: sleeps until the next subscription is due (at least a minute, at most the poll interval), then runs.</summary>
    internal static Task Loop(NewsdeskSettings settings, CancellationToken ct) => Task.Run(async () =>
    {
        while (!ct.IsCancellationRequested)
        {
            var wait = UntilNextDue(settings);
            Console.WriteLine($"Next run at {DateTimeOffset.Now.Add(wait):HH:mm} (Ctrl+C to stop).");
            await Task.Delay(wait, ct);
            await PipelineSession.RunOnceAsync(settings, ct);
        }
    }, ct);

    private static TimeSpan UntilNextDue(NewsdeskSettings settings)
    {
        using var store = NewsStore.Open(settings.DatabasePath);
        var longest = TimeSpan.FromMinutes(Math.Max(1, settings.Fetch.PollMinutes));
        var wait = store.Sources.NextDue() is { } due ? due - DateTimeOffset.UtcNow : longest;
        return wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait > longest ? longest : wait;
    }
}
